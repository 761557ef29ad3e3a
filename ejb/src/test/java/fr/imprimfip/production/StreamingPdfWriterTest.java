package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.lowagie.text.pdf.BarcodeDatamatrix;
import com.lowagie.text.pdf.PdfReader;

import fr.imprimfip.testing.LetterPdfs;

/**
 * The streaming writer copies pages as they look: each copied page, rendered, is the page of its source rendered,
 * whatever made the source (OpenPDF, Ghostscript, Cairo, ReportLab, PDFBox), however the page is turned and wherever
 * its media box starts; and the file it writes has an exact cross-reference table.
 */
class StreamingPdfWriterTest {

    private static final float DPI = 36;

    @TempDir
    Path dir;

    static Stream<String> producers() {
        return Stream.of("openpdf", "pdfbox-turned", "ghostscript-isolatin1.pdf", "ghostscript-standard.pdf",
                "cairo-three-letters.pdf", "reportlab-two-letters.pdf");
    }

    @ParameterizedTest
    @MethodSource("producers")
    void everyCopiedPageLooksLikeItsSourceAndTheCrossReferencesAreExact(String producer) throws IOException {
        Path source = Files.write(dir.resolve("source.pdf"), source(producer));
        Path copy = dir.resolve("copy.pdf");
        int pages;
        try (OutputStream out = Files.newOutputStream(copy);
             StreamingPdfWriter writer = new StreamingPdfWriter(out, dir)) {
            PdfReader reader = PrintFileWriter.open(source);
            pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                writer.copyPage(reader, page, null);
            }
            writer.release(reader);
            reader.close();
        }
        PdfReader check = new PdfReader(copy.toString());
        assertFalse(check.isRebuilt(), "every object where the cross-reference table says: " + producer);
        assertEquals(pages, check.getNumberOfPages());
        check.close();
        try (PDDocument original = Loader.loadPDF(source.toFile()); PDDocument copied = Loader.loadPDF(copy.toFile())) {
            PDFRenderer originalPages = new PDFRenderer(original);
            PDFRenderer copiedPages = new PDFRenderer(copied);
            for (int page = 0; page < pages; page++) {
                assertEquals(0, copied.getPage(page).getRotation(), "upright");
                BufferedImage expected = originalPages.renderImageWithDPI(page, DPI);
                BufferedImage actual = copiedPages.renderImageWithDPI(page, DPI);
                assertEquals(expected.getWidth(), actual.getWidth(), producer + " page " + (page + 1));
                assertEquals(expected.getHeight(), actual.getHeight(), producer + " page " + (page + 1));
                assertTrue(differingPixels(expected, actual) < 0.002 * expected.getWidth() * expected.getHeight(),
                        producer + " page " + (page + 1) + " looks like its source");
                assertTrue(ink(actual) > 0, "the page is not blank: " + producer + " page " + (page + 1));
            }
        }
    }

    /** The sheet mark's image is the Data Matrix of its code, black modules black, the right way up. */
    @Test
    void theSheetMarkIsTheDataMatrixOfItsCodeWithItsReadableLine() throws IOException {
        Path source = Files.write(dir.resolve("source.pdf"), LetterPdfs.file().letter("M-1", 1).build());
        Path copy = dir.resolve("copy.pdf");
        String code = "IFP;LOT-20261205-0001;000001;1;1";
        BarcodeDatamatrix matrix = new BarcodeDatamatrix();
        matrix.setOptions(BarcodeDatamatrix.DM_AUTO);
        assertEquals(BarcodeDatamatrix.DM_NO_ERROR, matrix.generate(code));
        int width = matrix.getWidth() + 2 * matrix.getBorder();
        int height = matrix.getHeight() + 2 * matrix.getBorder();
        try (OutputStream out = Files.newOutputStream(copy);
             StreamingPdfWriter writer = new StreamingPdfWriter(out, dir)) {
            PdfReader reader = PrintFileWriter.open(source);
            writer.copyPage(reader, 1, new StreamingPdfWriter.SheetMark(matrix.getImage(), width, height, 28, 11, 20,
                    50, 17, 6, "LOT-20261205-0001 pli 000001 feuille 1/1 (été)"));
            writer.release(reader);
            reader.close();
        }
        try (PDDocument pdf = Loader.loadPDF(copy.toFile())) {
            PDPage page = pdf.getPage(0);
            PDImageXObject image = null;
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject found) {
                    image = found;
                }
            }
            assertNotNull(image, "the Data Matrix is an image on the page");
            BufferedImage drawn = image.getImage();
            assertEquals(width, drawn.getWidth());
            assertEquals(height, drawn.getHeight());
            byte[] bits = matrix.getImage();
            int stride = (width + 7) / 8;
            int modules = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    boolean black = (bits[y * stride + x / 8] & (0x80 >> (x % 8))) != 0;
                    modules += black ? 1 : 0;
                    boolean dark = (drawn.getRGB(x, y) & 0xff) < 128;
                    assertEquals(black, dark, "module " + x + "," + y);
                }
            }
            assertTrue(modules > width, "a Data Matrix has black modules");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("LOT-20261205-0001 pli 000001 feuille 1/1 (été)"), text);
            assertTrue(text.contains("M-1"), "the page's own text is kept: " + text);
        }
    }

    /** More pages than a page-tree node holds, some blank: all in order, counted once. */
    @Test
    void aLongFileKeepsItsPagesInOrderAcrossPageTreeNodes() throws IOException {
        LetterPdfs letters = LetterPdfs.file();
        for (int i = 0; i < 300; i++) {
            letters.letter("P-" + i, 1);
        }
        Path source = Files.write(dir.resolve("source.pdf"), letters.build());
        Path copy = dir.resolve("copy.pdf");
        try (OutputStream out = Files.newOutputStream(copy);
             StreamingPdfWriter writer = new StreamingPdfWriter(out, dir)) {
            PdfReader reader = PrintFileWriter.open(source);
            for (int page = 1; page <= 300; page++) {
                writer.copyPage(reader, page, null);
                writer.blankPage(595, 842);
            }
            writer.release(reader);
            reader.close();
            assertEquals(600, writer.pages());
        }
        PdfReader check = new PdfReader(copy.toString());
        assertFalse(check.isRebuilt());
        check.close();
        try (PDDocument pdf = Loader.loadPDF(copy.toFile())) {
            assertEquals(600, pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i : new int[] {0, 127, 128, 255, 299}) {
                stripper.setStartPage(2 * i + 1);
                stripper.setEndPage(2 * i + 1);
                assertTrue(stripper.getText(pdf).contains("P-" + i + "\n") || stripper.getText(pdf)
                        .contains("P-" + i + "\r"), "page " + (2 * i + 1) + " is letter P-" + i);
                stripper.setStartPage(2 * i + 2);
                stripper.setEndPage(2 * i + 2);
                assertEquals("", stripper.getText(pdf).strip());
            }
        }
    }

    private static byte[] source(String producer) throws IOException {
        if (producer.equals("openpdf")) {
            return LetterPdfs.file().letter("O-1", 2).letter("O-2", 1).build();
        }
        if (producer.equals("pdfbox-turned")) {
            return turnedPages();
        }
        try (InputStream in = StreamingPdfWriterTest.class.getResourceAsStream("/producers/" + producer)) {
            return in.readAllBytes();
        }
    }

    /** Pages turned each way, with media boxes that do not start at the origin, made with PDFBox. */
    private static byte[] turnedPages() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            int[] turns = {0, 90, 180, 270};
            for (int i = 0; i < turns.length; i++) {
                PDRectangle box = new PDRectangle(40 * i, -30 * i, 420, 595);
                PDPage page = new PDPage(box);
                page.setRotation(turns[i]);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.addRect(box.getLowerLeftX() + 20, box.getLowerLeftY() + 20, 120, 60);
                    content.fill();
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 28);
                    content.newLineAtOffset(box.getLowerLeftX() + 60, box.getUpperRightY() - 80);
                    content.showText("Turned " + turns[i]);
                    content.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static long differingPixels(BufferedImage expected, BufferedImage actual) {
        long differing = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (Math.abs(grey(expected.getRGB(x, y)) - grey(actual.getRGB(x, y))) > 48) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static long ink(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                ink += grey(image.getRGB(x, y)) < 128 ? 1 : 0;
            }
        }
        return ink;
    }

    private static int grey(int rgb) {
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
    }
}
