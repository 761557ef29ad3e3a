package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.apache.pdfbox.rendering.RenderDestination;
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
 * whatever made the source (OpenPDF, Ghostscript, Cairo, ReportLab, PDFBox), however the page is turned, wherever
 * its media box starts and whatever part of it its crop box shows; and the file it writes has an exact
 * cross-reference table.
 */
class StreamingPdfWriterTest {

    private static final float DPI = 36;
    /** The rows of a page rendered at {@link #DPI} that its sheet mark may cover: the bottom 40 points. */
    private static final int MARK_STRIP = 20;

    @TempDir
    Path dir;

    static Stream<String> producers() {
        return Stream.of("openpdf", "pdfbox-turned", "ghostscript-isolatin1.pdf", "ghostscript-standard.pdf",
                "cairo-three-letters.pdf", "reportlab-two-letters.pdf", "inherited-from-nodes",
                "page-written-in-its-parent", "turned-45-degrees", "font-at-no-object", "cropped-on-its-node",
                "cropped-past-its-media-box", "cropped-and-turned", "crop-box-of-five-numbers", "crop-box-with-a-name",
                "pdfbox-cropped");
    }

    /**
     * Every page of every producer's file, copied with a sheet mark, read whole and read object by object: each looks
     * like its source page everywhere but the mark's strip at the bottom, carries its mark, and the file's
     * cross-reference table points at each object.
     */
    @ParameterizedTest
    @MethodSource("producers")
    void everyCopiedPageLooksLikeItsSourceAndTheCrossReferencesAreExact(String producer) throws IOException {
        Path source = Files.write(dir.resolve("source.pdf"), source(producer));
        int analysed;
        try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
            analysed = pdf.getNumberOfPages(); // as the analysis counts them
        }
        for (long fullParseLimit : new long[] {Files.size(source), 0}) {
            String mode = producer + (fullParseLimit == 0 ? ", read object by object" : ", parsed whole");
            Path copy = dir.resolve("copy.pdf");
            int pages;
            try (OutputStream out = Files.newOutputStream(copy);
                 StreamingPdfWriter writer = new StreamingPdfWriter(out, dir)) {
                PdfReader reader = PrintFileWriter.open(source, analysed, fullParseLimit);
                pages = reader.getNumberOfPages();
                assertEquals(analysed, pages, mode);
                for (int page = 1; page <= pages; page++) {
                    writer.copyPage(reader, page, mark("IFP;LOT;000001;" + page + ";" + pages, "feuille " + page));
                }
                writer.release(reader);
                reader.close();
            }
            assertCrossReferencesExact(copy);
            try (PDDocument original = Loader.loadPDF(source.toFile());
                 PDDocument copied = Loader.loadPDF(copy.toFile())) {
                assertEquals(pages, copied.getNumberOfPages(), mode);
                PDFRenderer originalPages = new PDFRenderer(original);
                PDFRenderer copiedPages = new PDFRenderer(copied);
                originalPages.setDefaultDestination(RenderDestination.PRINT);
                copiedPages.setDefaultDestination(RenderDestination.PRINT);
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 0; page < pages; page++) {
                    String which = mode + ", page " + (page + 1);
                    assertEquals(0, copied.getPage(page).getRotation(), "upright: " + which);
                    BufferedImage expected = originalPages.renderImageWithDPI(page, DPI);
                    BufferedImage actual = copiedPages.renderImageWithDPI(page, DPI);
                    assertEquals(expected.getWidth(), actual.getWidth(), which);
                    assertEquals(expected.getHeight(), actual.getHeight(), which);
                    int above = expected.getHeight() - MARK_STRIP;
                    assertTrue(differingPixels(expected, actual, above) < 0.002 * expected.getWidth() * above,
                            "looks like its source: " + which);
                    assertTrue(ink(actual, above) > 0, "not blank: " + which);
                    assertTrue(ink(actual, expected.getHeight()) > ink(actual, above), "a mark at the bottom: " + which);
                    stripper.setStartPage(page + 1);
                    stripper.setEndPage(page + 1);
                    assertTrue(stripper.getText(copied).contains("feuille " + (page + 1)), which);
                }
            }
        }
    }

    /**
     * Pages whose content leaves the graphics state unbalanced (a {@code q} never closed, a {@code Q} too many) do
     * not move their mark nor escape their place: the page's content is drawn as a form of its own.
     */
    @Test
    void aPageThatLeavesItsGraphicsStateUnbalancedMovesNeitherItselfNorItsMark() throws IOException {
        Path source = Files.write(dir.resolve("source.pdf"), unbalancedPages());
        Path reference = Files.write(dir.resolve("blank.pdf"), unbalancedPages("", ""));
        Path copy = dir.resolve("copy.pdf");
        Path blank = dir.resolve("blank-copy.pdf");
        for (Path[] pair : new Path[][] {{source, copy}, {reference, blank}}) {
            try (OutputStream out = Files.newOutputStream(pair[1]);
                 StreamingPdfWriter writer = new StreamingPdfWriter(out, dir)) {
                PdfReader reader = PrintFileWriter.open(pair[0]);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    writer.copyPage(reader, page, mark("IFP;LOT;000001;1;1", "feuille 1/1"));
                }
                writer.release(reader);
                reader.close();
            }
        }
        try (PDDocument original = Loader.loadPDF(source.toFile()); PDDocument copied = Loader.loadPDF(copy.toFile());
             PDDocument marks = Loader.loadPDF(blank.toFile())) {
            for (int page = 0; page < 2; page++) {
                BufferedImage expected = new PDFRenderer(original).renderImageWithDPI(page, DPI);
                BufferedImage actual = new PDFRenderer(copied).renderImageWithDPI(page, DPI);
                BufferedImage markOnly = new PDFRenderer(marks).renderImageWithDPI(page, DPI);
                int above = expected.getHeight() - MARK_STRIP;
                assertTrue(differingPixels(expected, actual, above) < 0.002 * expected.getWidth() * above,
                        "page " + (page + 1) + " in its place");
                assertTrue(ink(actual, above) > 0);
                BufferedImage strip = actual.getSubimage(0, above, actual.getWidth(), MARK_STRIP);
                BufferedImage expectedStrip = markOnly.getSubimage(0, above, markOnly.getWidth(), MARK_STRIP);
                assertEquals(0, differingPixels(expectedStrip, strip, MARK_STRIP),
                        "page " + (page + 1) + ": the mark where and as large as on a blank page");
            }
        }
    }

    /** The sheet mark's image is the Data Matrix of its code, black modules black, the right way up. */
    @Test
    void theSheetMarkIsTheDataMatrixOfItsCodeWithItsReadableLine() throws IOException {
        Path source = Files.write(dir.resolve("source.pdf"), LetterPdfs.file().letter("M-1", 1).build());
        Path copy = dir.resolve("copy.pdf");
        String code = "IFP;LOT-20261205-0001;000001;1;1";
        BarcodeDatamatrix matrix = PrintFileWriter.matrix(code);
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

    /**
     * The marks' symbols are square whatever the length of their code, though the encoder left to itself picks
     * rectangles for some lengths, which the mark's square would stretch; and each is the smallest square that holds
     * its code, as trying every size from the smallest finds.
     */
    @Test
    void everySheetMarkIsTheSmallestSquareSymbol() throws IOException {
        int rectanglesLeftToItself = 0;
        for (int length = 1; length <= 80; length++) {
            for (String code : List.of("IFP;" + "7".repeat(length / 2) + "X".repeat(length - length / 2),
                    "IFP;" + "7".repeat(length), "ifp;" + "a;".repeat(length / 2))) {
                BarcodeDatamatrix square = PrintFileWriter.matrix(code);
                assertEquals(square.getWidth(), square.getHeight(), code);
                assertEquals(smallestSquareSide(code), square.getWidth(), code);
            }
            String code = "IFP;" + "7".repeat(length / 2) + "X".repeat(length - length / 2);
            BarcodeDatamatrix free = new BarcodeDatamatrix();
            free.setOptions(BarcodeDatamatrix.DM_AUTO);
            assertEquals(BarcodeDatamatrix.DM_NO_ERROR, free.generate(code));
            rectanglesLeftToItself += free.getWidth() != free.getHeight() ? 1 : 0;
        }
        assertTrue(rectanglesLeftToItself > 0, "the case is real");
    }

    /** Tries every even side (the encoder refuses those no square symbol has). */
    private static int smallestSquareSide(String code) throws IOException {
        for (int side = 8; side <= 48; side += 2) {
            BarcodeDatamatrix matrix = new BarcodeDatamatrix();
            matrix.setOptions(BarcodeDatamatrix.DM_AUTO);
            matrix.setWidth(side);
            matrix.setHeight(side);
            if (matrix.generate(code) == BarcodeDatamatrix.DM_NO_ERROR) {
                return side;
            }
        }
        throw new AssertionError("no square holds " + code);
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
        assertCrossReferencesExact(copy);
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

    private static StreamingPdfWriter.SheetMark mark(String code, String readable) {
        BarcodeDatamatrix matrix = PrintFileWriter.matrix(code);
        int side = matrix.getWidth() + 2 * matrix.getBorder();
        return new StreamingPdfWriter.SheetMark(matrix.getImage(), side, side, 28, 11, 20, 50, 17, 6, readable);
    }

    /** Two pages whose content is {@code first} and {@code second} followed by a filled square. */
    private static byte[] unbalancedPages() throws IOException {
        return unbalancedPages("q 0.5 0 0 0.5 0 0 cm\n", "Q Q Q\n");
    }

    private static byte[] unbalancedPages(String first, String second) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (String opening : new String[] {first, second}) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                String square = opening.isEmpty() ? "" : "0 0 1 rg 150 400 200 200 re f\n";
                page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(pdf,
                        new java.io.ByteArrayInputStream((opening + square).getBytes(StandardCharsets.US_ASCII))));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    /**
     * Each object the cross-reference table lists in use starts where it says ({@code N 0 obj}), every entry is 20
     * bytes, and {@code startxref} points at the table.
     */
    static void assertCrossReferencesExact(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        String tail = new String(bytes, Math.max(0, bytes.length - 64), Math.min(64, bytes.length),
                StandardCharsets.ISO_8859_1);
        String[] last = tail.substring(tail.lastIndexOf("startxref")).split("\\s+");
        int table = Integer.parseInt(last[1]);
        assertEquals("xref", new String(bytes, table, 4, StandardCharsets.ISO_8859_1), "startxref points at the table");
        int at = table + 5;
        int lineEnd = indexOf(bytes, (byte) '\n', at);
        String[] section = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim().split(" ");
        assertEquals(0, Integer.parseInt(section[0]));
        int size = Integer.parseInt(section[1]);
        int entries = lineEnd + 1;
        int inUse = 0;
        for (int number = 0; number < size; number++) {
            String entry = new String(bytes, entries + 20 * number, 20, StandardCharsets.ISO_8859_1);
            assertTrue(entry.matches("\\d{10} \\d{5} [nf] \n"), "entry " + number + ": [" + entry + "]");
            if (entry.charAt(17) == 'n') {
                int offset = Integer.parseInt(entry.substring(0, 10));
                String object = number + " 0 obj";
                assertEquals(object, new String(bytes, offset, object.length(), StandardCharsets.ISO_8859_1),
                        "object " + number + " where its entry says");
                inUse++;
            }
        }
        assertEquals("trailer", new String(bytes, entries + 20 * size, 7, StandardCharsets.ISO_8859_1));
        assertTrue(inUse > 3, "objects listed");
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    static byte[] source(String producer) throws IOException {
        return switch (producer) {
            case "openpdf" -> LetterPdfs.file().letter("O-1", 2).letter("O-2", 1).build();
            case "pdfbox-turned" -> turnedPages();
            case "pdfbox-cropped" -> croppedPages();
            case "inherited-from-nodes" -> handWritten("4 0 R 5 0 R", "/Rotate 90", "6 0 R");
            // not valid (a page must be an indirect object), but PDFBox reads it
            case "page-written-in-its-parent" ->
                    handWritten("4 0 R <</Type/Page/Parent 3 0 R/Contents 8 0 R>>", "/Rotate 90", "6 0 R");
            // a turn that is not a quarter turn is no turn for PDF readers
            case "turned-45-degrees" -> handWritten("4 0 R 5 0 R", "/Rotate 45", "6 0 R");
            // a reference to an object the file does not have is null; its number must not size anything
            case "font-at-no-object" -> handWritten("4 0 R 5 0 R", "", "2000000000 0 R");
            // the crop box cuts the filled rectangle's foot and the page's margins: they are not printed
            case "cropped-on-its-node" -> handWritten("4 0 R 5 0 R", "/CropBox[15 35 290 380]", "6 0 R");
            // only where it meets the media box is shown
            case "cropped-past-its-media-box" -> handWritten("4 0 R 5 0 R", "/CropBox[-50 10 250 500]", "6 0 R");
            case "cropped-and-turned" -> handWritten("4 0 R 5 0 R", "/Rotate 270/CropBox[10 10 290 330]", "6 0 R");
            // malformed crop boxes, read as the analysis's parser reads them: the first four entries, a name as 0
            case "crop-box-of-five-numbers" -> handWritten("4 0 R 5 0 R", "/CropBox[15 35 290 380 7]", "6 0 R");
            case "crop-box-with-a-name" -> handWritten("4 0 R 5 0 R", "/CropBox[15/haut 290 380]", "6 0 R");
            default -> {
                try (InputStream in = StreamingPdfWriterTest.class.getResourceAsStream("/producers/" + producer)) {
                    yield in.readAllBytes();
                }
            }
        };
    }

    /**
     * Two pages that hold nothing but their content: their media box, rotation and resources are set on the nodes
     * above them, as a hand-written file may do.
     */
    private static byte[] handWritten(String kids, String turn, String font) {
        String[] objects = {
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 2/MediaBox[0 0 300 400]>>",
            "<</Type/Pages/Parent 2 0 R/Kids[" + kids + "]/Count 2" + turn + "/Resources<</Font<</F1 " + font
                    + ">>>>>>",
            "<</Type/Page/Parent 3 0 R/Contents 7 0 R>>",
            "<</Type/Page/Parent 3 0 R/Contents 8 0 R>>",
            "<</Type/Font/Subtype/Type1/BaseFont/Helvetica-Bold/Encoding/WinAnsiEncoding>>",
            content("0 0 1 rg 20 20 100 50 re f BT /F1 24 Tf 30 300 Td (Inherited one) Tj ET"),
            content("1 0 0 rg 150 20 100 80 re f BT /F1 24 Tf 30 200 Td (Inherited two) Tj ET"),
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int table = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<</Size ").append(objects.length + 1).append("/Root 1 0 R>>\nstartxref\n").append(table)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String content(String operators) {
        return "<</Length " + operators.length() + ">>\nstream\n" + operators + "\nendstream";
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

    /**
     * A4 letters drawn on larger sheets with a bleed and crop marks around them, as page-layout software exports them
     * (media box larger than the crop box, which is A4), turned each way, made with PDFBox.
     */
    private static byte[] croppedPages() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            int[] turns = {0, 90, 180, 270};
            for (int i = 0; i < turns.length; i++) {
                PDRectangle sheet = new PDRectangle(-20 * i, 10 * i, 680, 930);
                PDRectangle letter = new PDRectangle(sheet.getLowerLeftX() + 42, sheet.getLowerLeftY() + 44,
                        PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                PDPage page = new PDPage(sheet);
                page.setCropBox(letter);
                page.setRotation(turns[i]);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.addRect(sheet.getLowerLeftX(), sheet.getLowerLeftY(), sheet.getWidth(), 30);
                    content.addRect(sheet.getLowerLeftX(), sheet.getUpperRightY() - 30, 30, 30);
                    content.fill(); // crop marks and bleed, outside the letter
                    content.addRect(letter.getLowerLeftX() + 60, letter.getLowerLeftY() + 120, 200, 80);
                    content.fill();
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 24);
                    content.newLineAtOffset(letter.getLowerLeftX() + 60, letter.getUpperRightY() - 200);
                    content.showText("Cropped " + turns[i]);
                    content.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Pixels of the first {@code rows} rows that differ markedly. */
    private static long differingPixels(BufferedImage expected, BufferedImage actual, int rows) {
        long differing = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (Math.abs(grey(expected.getRGB(x, y)) - grey(actual.getRGB(x, y))) > 48) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static long ink(BufferedImage image, int rows) {
        long ink = 0;
        for (int y = 0; y < rows; y++) {
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
