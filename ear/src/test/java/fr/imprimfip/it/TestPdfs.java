package fr.imprimfip.it;

import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** Letters built by the tests themselves with OpenPDF. */
final class TestPdfs {

    private TestPdfs() {
    }

    static byte[] letter(int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        for (int page = 1; page <= pages; page++) {
            if (page > 1) {
                document.newPage();
            }
            document.add(new Paragraph("MADAME CLAIRE MARTIN\n8 AVENUE DE LA GARE\n69002 LYON"));
            document.add(new Paragraph("Page " + page + " d'un courrier de test."));
        }
        document.close();
        return out.toByteArray();
    }
}
