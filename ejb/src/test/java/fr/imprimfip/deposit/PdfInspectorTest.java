package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfInspectorTest {

    @TempDir
    Path dir;

    private final PdfInspector inspector = new PdfInspector();

    @Test
    void countsThePagesOfAReadablePdf() throws Exception {
        PdfInspector.Inspection inspection = inspector.inspect(write("ok.pdf", pdf(3, false)));
        assertTrue(inspection.usable());
        assertEquals(3, inspection.pageCount());
    }

    @Test
    void refusesAnEncryptedPdf() throws Exception {
        PdfInspector.Inspection inspection = inspector.inspect(write("locked.pdf", pdf(1, true)));
        assertFalse(inspection.usable());
        assertTrue(inspection.refusal().contains("protég") || inspection.refusal().contains("chiffr"),
                inspection.refusal());
    }

    @Test
    void refusesWhatIsNotAPdf() throws Exception {
        assertEquals("Le fichier n'est pas un PDF lisible.",
                inspector.inspect(write("text.pdf", "bonjour".getBytes())).refusal());
        assertEquals("Le fichier n'est pas un PDF lisible.", inspector.inspect(write("empty.pdf", new byte[0])).refusal());
        byte[] whole = pdf(2, false);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 3);
        assertFalse(inspector.inspect(write("truncated.pdf", truncated)).usable());
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] pdf(int pages, boolean encrypted) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (encrypted) {
            writer.setEncryption("user".getBytes(), "owner".getBytes(), PdfWriter.ALLOW_PRINTING,
                    PdfWriter.STANDARD_ENCRYPTION_128);
        }
        document.open();
        for (int i = 0; i < pages; i++) {
            document.newPage();
            document.add(new Paragraph("Page " + (i + 1)));
        }
        document.close();
        return out.toByteArray();
    }
}
