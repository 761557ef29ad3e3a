package fr.imprimfip.registered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import fr.imprimfip.shared.InvalidInputException;

/** The checks an acknowledgement scan passes before it is kept: honest scans from several producers, hostile files. */
class AcknowledgementScansTest {

    @Test
    void honestScansAreKeptUnderTheirType() throws IOException {
        assertEquals("application/pdf", AcknowledgementScans.check(openPdf(), "application/pdf"));
        assertEquals("application/pdf", AcknowledgementScans.check(pdfboxPdf(), "Application/PDF; charset=binary"));
        assertEquals("image/png", AcknowledgementScans.check(image("png", 1240, 1754), "image/png"));
        assertEquals("image/jpeg", AcknowledgementScans.check(image("jpg", 1240, 1754), "image/jpeg"));
    }

    @Test
    void anotherTypeIsUnsupported() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AcknowledgementScans.check("<html></html>".getBytes(StandardCharsets.UTF_8), "text/html"));
        assertEquals("unsupported-media-type", refused.problem().orElseThrow());
        assertThrows(InvalidInputException.class, () -> AcknowledgementScans.check(new byte[] {1}, null));
    }

    @Test
    void bytesThatAreNotWhatTheirTypeSaysAreRefused() throws IOException {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(html, "image/png", "not a PNG");
        assertRefused(html, "image/jpeg", "not a JPEG");
        assertRefused(html, "application/pdf", "not a PDF");
        assertRefused(openPdf(), "image/png", "not a PNG");
        assertRefused(image("png", 50, 50), "image/jpeg", "not a JPEG");
        assertRefused(new byte[0], "application/pdf", "not a PDF");
    }

    @Test
    void truncatedFilesAreRefused() throws IOException {
        byte[] png = image("png", 600, 800);
        assertRefused(Arrays.copyOf(png, png.length / 2), "image/png", "truncated");
        byte[] jpeg = image("jpg", 600, 800);
        assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), "image/jpeg", "");
        byte[] pdf = openPdf();
        assertRefused(Arrays.copyOf(pdf, 40), "application/pdf", "cannot be read");
    }

    @Test
    void anImageAnnouncingHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        byte[] bomb = withDimensions(image("png", 8, 8), 100_000, 100_000);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AcknowledgementScans.check(bomb, "image/png"));
        assertTrue(refused.text().english().contains("100000 × 100000"), refused.text().english());
        assertRefused(withDimensions(image("png", 8, 8), 9_000, 9_000), "image/png", "million pixels");
    }

    @Test
    void aPdfWithActiveContentOrAPasswordIsRefused() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('AR')"));
            assertRefused(save(pdf), "application/pdf", "active content");
        }
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setAction(new PDActionJavaScript("this.submitForm('https://example.org')"));
            page.getAnnotations().add(link);
            assertRefused(save(pdf), "application/pdf", "active content");
        }
        String handMade = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch"
                + " /F (cmd.exe) >> >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n"
                + "%%EOF\n";
        assertRefused(handMade.getBytes(StandardCharsets.US_ASCII), "application/pdf", "active content");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            assertRefused(save(pdf), "application/pdf", "");
        }
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < 5; i++) {
                pdf.addPage(new PDPage());
            }
            assertRefused(save(pdf), "application/pdf", "1 to 4 pages");
        }
    }

    private static void assertRefused(byte[] scan, String type, String why) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AcknowledgementScans.check(scan, type));
        assertTrue(refused.problem().isEmpty(), "a bad file is a bad request, not a bad type");
        assertTrue(refused.text().english().contains(why), refused.text().english());
        assertTrue(refused.text().french().startsWith("Avis de réception refusé"), refused.text().french());
    }

    private static byte[] openPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Avis de réception"));
        document.close();
        return out.toByteArray();
    }

    private static byte[] pdfboxPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            return save(pdf);
        }
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLACK);
        for (int y = 0; y < height; y += 7) {
            graphics.drawLine(0, y, width, (y * 31) % height);
        }
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    /** A PNG whose header announces other dimensions than its pixels, its checksum kept right. */
    private static byte[] withDimensions(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return copy;
    }
}
