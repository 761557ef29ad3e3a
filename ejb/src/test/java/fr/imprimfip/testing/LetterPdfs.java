package fr.imprimfip.testing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Builds the PDF files the tests deposit: letters written with OpenPDF, their address in the envelope window,
 * their business reference hidden on the page, and on demand every way of breaking the print charter.
 */
public final class LetterPdfs {

    private static final float MM = 72f / 25.4f;
    public static final List<String> ADDRESS = List.of("MADAME CLAIRE MARTIN", "8 AVENUE DE LA GARE", "69002 LYON");

    /** One letter of a file: its reference (null: none written), pages, address lines. */
    public record Letter(String reference, int pages, List<String> address) {
        public static Letter of(String reference, int pages) {
            return new Letter(reference, pages, ADDRESS);
        }
    }

    private final List<Letter> letters = new ArrayList<>();
    private Rectangle pageSize = PageSize.A4;
    private boolean standardFont;
    private boolean javaScript;
    private boolean attachment;
    private boolean launch;
    private boolean encrypted;

    public static LetterPdfs file() {
        return new LetterPdfs();
    }

    /** A conforming mono-document letter (no reference written) of {@code pages} pages. */
    public static byte[] conformingLetter(int pages) {
        return file().letter(null, pages).build();
    }

    public LetterPdfs letter(String reference, int pages) {
        letters.add(Letter.of(reference, pages));
        return this;
    }

    public LetterPdfs letter(String reference, int pages, List<String> address) {
        letters.add(new Letter(reference, pages, address));
        return this;
    }

    public LetterPdfs pageSize(Rectangle size) {
        this.pageSize = size;
        return this;
    }

    /** Helvetica, one of the standard fonts, not embedded. */
    public LetterPdfs standardFont() {
        this.standardFont = true;
        return this;
    }

    public LetterPdfs withJavaScript() {
        this.javaScript = true;
        return this;
    }

    public LetterPdfs withAttachment() {
        this.attachment = true;
        return this;
    }

    public LetterPdfs withLaunchAction() {
        this.launch = true;
        return this;
    }

    public LetterPdfs encrypted() {
        this.encrypted = true;
        return this;
    }

    public byte[] build() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(pageSize);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            if (encrypted) {
                writer.setEncryption("user".getBytes(), "owner".getBytes(), PdfWriter.ALLOW_PRINTING,
                        PdfWriter.STANDARD_ENCRYPTION_128);
            }
            document.open();
            if (javaScript) {
                writer.addJavaScript("app.alert('bonjour');");
            }
            if (attachment) {
                writer.addFileAttachment("piece jointe", PdfFileSpecification.fileEmbedded(writer, null,
                        "jointe.txt", "contenu".getBytes()));
            }
            if (launch) {
                writer.setOpenAction(new PdfAction("calc.exe", null, null, null));
            }
            BaseFont font = standardFont ? BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false)
                    : BaseFont.createFont("/liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, true);
            boolean first = true;
            for (Letter letter : letters) {
                for (int page = 1; page <= letter.pages(); page++) {
                    if (!first) {
                        document.newPage();
                    }
                    first = false;
                    writePage(writer.getDirectContent(), font, letter, page);
                }
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writePage(PdfContentByte canvas, BaseFont font, Letter letter, int page) {
        float height = pageSize.getHeight();
        canvas.beginText();
        if (page == 1) {
            canvas.setFontAndSize(font, 10);
            float y = height - 50 * MM;
            for (String line : letter.address()) {
                canvas.setTextMatrix(105 * MM, y);
                canvas.showText(line);
                y -= 12;
            }
        }
        canvas.setFontAndSize(font, 11);
        canvas.setTextMatrix(25 * MM, height - 120 * MM);
        canvas.showText("Madame, Monsieur, voici la page " + page + " de votre courrier.");
        if (letter.reference() != null) {
            // written in white: hidden from the reader, found by the analysis
            canvas.setRGBColorFill(255, 255, 255);
            canvas.setFontAndSize(font, 6);
            canvas.setTextMatrix(25 * MM, 10 * MM);
            canvas.showText("REF-IMPRIMFIP:" + letter.reference());
            canvas.setRGBColorFill(0, 0, 0);
        }
        canvas.endText();
    }
}
