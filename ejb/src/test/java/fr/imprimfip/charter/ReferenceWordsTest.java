package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference the analysis reads on a page is the word PDFBox's own text extraction reads there, whichever way the
 * page draws it and what stands around it: split from its neighbours on its line and from the lines above and below
 * as {@code PDFTextStripper} splits them, and taken from marked content's ActualText when the page gives one.
 */
class ReferenceWordsTest {

    private static final float MM = 72f / 25.4f;

    @TempDir
    Path dir;

    @Test
    void eachPagesReferenceIsTheWordPdfTextStripperReads() throws Exception {
        Path file = Files.write(dir.resolve("words.pdf"), pages());
        List<String> read = new CharterAnalyzer(CharterSettings.defaults()).analyse(file, "F").letters().stream()
                .map(LetterReport::businessRef).toList();
        assertEquals(List.of("ABCD", "EF", "IJ", "KL", "MNOP", "QR", "ST", "UV"), read);
        assertEquals(strippersReading(file), read);
    }

    /**
     * Page 1: the reference continued by a second text run exactly where the first ends (one word); page 2: followed
     * on its line by a word two spaces further (two words); page 3: drawn glyph by glyph; page 4: a word just below
     * it, flush with its start (another line); page 5: followed by a word a tenth of a space further (one word for
     * both); page 6: a large heading just above the reference and a word on the line below, starting under it;
     * page 7: the reference's value in another font and size; page 8: the value drawn as other glyphs, its text given
     * by marked content (ActualText).
     */
    private static byte[] pages() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        BaseFont font = BaseFont.createFont("/liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, true);
        PdfContentByte canvas = writer.getDirectContent();
        float size = 10;
        float x = 25 * MM;
        float y = 20 * MM;
        float space = font.getWidthPoint(" ", size);

        draw(canvas, font, size, x, y, "REF-IMPRIMFIP:AB");
        draw(canvas, font, size, x + font.getWidthPoint("REF-IMPRIMFIP:AB", size), y, "CD");
        document.newPage();
        draw(canvas, font, size, x, y, "REF-IMPRIMFIP:EF");
        draw(canvas, font, size, x + font.getWidthPoint("REF-IMPRIMFIP:EF", size) + 2 * space, y, "GH");
        document.newPage();
        float at = x;
        for (char c : "REF-IMPRIMFIP:IJ".toCharArray()) {
            draw(canvas, font, size, at, y, String.valueOf(c));
            at += font.getWidthPoint(String.valueOf(c), size);
        }
        document.newPage();
        draw(canvas, font, size, x, y, "REF-IMPRIMFIP:KL");
        draw(canvas, font, size, x, y - 14, "SUITE");
        document.newPage();
        draw(canvas, font, size, x, y, "REF-IMPRIMFIP:MN");
        draw(canvas, font, size, x + font.getWidthPoint("REF-IMPRIMFIP:MN", size) + space / 10, y, "OP");
        document.newPage();
        draw(canvas, font, 24, x, y - 10, "EN-TETE");
        draw(canvas, font, size, x + 20, y, "REF-IMPRIMFIP:QR");
        draw(canvas, font, size, x + 20 + font.getWidthPoint("REF-IMPRIMFIP:Q", size), y - 12, "SUITE");
        document.newPage();
        BaseFont other = BaseFont.createFont(BaseFont.COURIER, BaseFont.WINANSI, false);
        draw(canvas, font, size, x, y, "REF-IMPRIMFIP:");
        draw(canvas, other, 7, x + font.getWidthPoint("REF-IMPRIMFIP:", size), y, "ST");
        document.newPage();
        draw(canvas, font, size, x, y, "REF-IMPRIMFIP:");
        PdfDictionary actualText = new PdfDictionary();
        actualText.put(new PdfName("ActualText"), new PdfString("UV"));
        canvas.beginMarkedContentSequence(new PdfName("Span"), actualText, true);
        draw(canvas, font, size, x + font.getWidthPoint("REF-IMPRIMFIP:", size), y, "xy");
        canvas.endMarkedContentSequence();
        document.close();
        return out.toByteArray();
    }

    private static void draw(PdfContentByte canvas, BaseFont font, float size, float x, float y, String text) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    /** The reference of each page in PDFBox's own text extraction. */
    private static List<String> strippersReading(Path file) throws Exception {
        List<String> references = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(false);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                Matcher reference = CharterSettings.defaults().referencePattern()
                        .matcher(PrintedText.normalise(stripper.getText(document)));
                references.add(reference.find() ? reference.group(1) : null);
            }
        }
        return references;
    }
}
