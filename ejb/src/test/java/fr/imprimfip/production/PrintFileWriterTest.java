package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.lowagie.text.pdf.PdfReader;

import fr.imprimfip.registered.PostalAddress;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.registered.RegisteredNumber;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.testing.LetterPdfs;
import fr.imprimfip.testing.RewrittenPdfs;

class PrintFileWriterTest {

    private static final String LOT = "LOT-20260302-0007";

    @TempDir
    Path dir;

    /** Two letters of one file share two annexes, one of several pages: each letter carries every annex page. */
    @Test
    void severalLettersOfAFileEachCarryEveryPageOfSeveralAnnexes() throws IOException {
        Path file = write("file.pdf", LetterPdfs.file().letter("AV-1", 1).letter("AV-2", 2).build());
        Path notice = write("notice.pdf", LetterPdfs.file().letter(null, 2).build());
        Path scale = write("bareme.pdf", LetterPdfs.file().letter(null, 1).build());
        Path print = dir.resolve("print.pdf");
        try (OutputStream out = Files.newOutputStream(print); PrintFileWriter writer = new PrintFileWriter(out)) {
            PdfReader letters = PrintFileWriter.open(file);
            PdfReader first = PrintFileWriter.open(notice);
            PdfReader second = PrintFileWriter.open(scale);
            // as the analysis counts them: each letter's own pages and the 3 annex pages
            assertEquals(2, writer.letter(LOT, 1, letters, 1, 4, List.of(first, second)));
            assertEquals(3, writer.letter(LOT, 2, letters, 2, 5, List.of(first, second)));
            assertThrows(UnreadableSourceException.class, () -> writer.letter(LOT, 3, letters, 2, 6,
                    List.of(first, second)), "a letter is never read beyond its file");
            writer.release(first);
            writer.release(second);
            writer.release(letters);
        }
        try (PDDocument pdf = Loader.loadPDF(print.toFile())) {
            assertEquals(4 + 6, pdf.getNumberOfPages(), "1 + 3 annex pages, then 2 + 3 and a blank back");
        }
    }

    @Test
    void eachLetterStartsOnItsOwnSheetWithItsAnnexesAndEverySheetIsMarked() throws IOException {
        Path file = write("file.pdf", LetterPdfs.file().letter("A-1", 3).letter("A-2", 2).build());
        Path annex = write("annex.pdf", LetterPdfs.conformingLetter(1));
        Path print = dir.resolve("print.pdf");
        int sheetsFirst;
        int sheetsSecond;
        int pages;
        try (OutputStream out = Files.newOutputStream(print); PrintFileWriter writer = new PrintFileWriter(out)) {
            writer.coverSheet(LOT, new LotKey(Paper.DUPLEX, "DL", SendingType.STD, "P20"),
                    Instant.parse("2026-03-02T06:00:00Z"), 2, 5);
            PdfReader letters = PrintFileWriter.open(file);
            PdfReader annexes = PrintFileWriter.open(annex);
            sheetsFirst = writer.letter(LOT, 1, letters, 1, 4, List.of(annexes));
            sheetsSecond = writer.letter(LOT, 2, letters, 4, 3, List.of(annexes));
            pages = writer.pages();
            writer.release(annexes);
            writer.release(letters);
        }
        assertEquals(2, sheetsFirst, "3 pages and a 1-page annex fill two sheets");
        assertEquals(2, sheetsSecond, "2 pages and a 1-page annex: the back of the second sheet stays blank");

        try (PDDocument pdf = Loader.loadPDF(print.toFile())) {
            assertEquals(2 + 4 + 4, pdf.getNumberOfPages(), "cover sheet, then 2 sheets per letter");
            assertEquals(pages, pdf.getNumberOfPages());
            assertTrue(text(pdf, 1).contains(LOT), "the cover names the lot");
            assertTrue(text(pdf, 3).contains(LOT + " pli 000001 feuille 1/2"));
            assertTrue(text(pdf, 3).contains("A-1"), "the letter's own content follows the cover sheet");
            assertTrue(text(pdf, 5).contains(LOT + " pli 000001 feuille 2/2"));
            assertTrue(text(pdf, 7).contains(LOT + " pli 000002 feuille 1/2"));
            assertTrue(text(pdf, 9).contains(LOT + " pli 000002 feuille 2/2"));
            assertEquals("", text(pdf, 10).strip(), "blank back after an odd page count");
            for (int page : new int[] {1, 3, 5, 7, 9}) {
                assertTrue(hasImage(pdf.getPage(page - 1)), "Data Matrix on the front of sheet page " + page);
            }
            assertTrue(!text(pdf, 4).contains(" feuille "), "backs carry no mark");
        }
    }

    /**
     * An annex whose second page is written inside its parent node: parsed whole, the print file's reader finds one
     * page where the analysis read two, so that each letter would have taken one page too many of its own file (the
     * next letter's first page). Opened with the pages the analysis counted, it is read object by object and every
     * letter keeps its own pages, then both annex pages.
     */
    @Test
    void anAnnexPageTheReaderWouldMissIsFoundAndNoLetterTakesItsNeighboursPage() throws IOException {
        Path file = write("file.pdf", LetterPdfs.file().letter("IN-1", 1).letter("IN-2", 1).letter("IN-3", 2)
                .build());
        Path annex = write("annex.pdf", StreamingPdfWriterTest.source("page-written-in-its-parent"));
        PdfReader parsedWhole = PrintFileWriter.open(annex);
        assertEquals(1, parsedWhole.getNumberOfPages(), "what the reader alone finds");
        parsedWhole.close();

        Path print = dir.resolve("print.pdf");
        try (OutputStream out = Files.newOutputStream(print); PrintFileWriter writer = new PrintFileWriter(out)) {
            PdfReader letters = PrintFileWriter.open(file, 4);
            PdfReader annexes = PrintFileWriter.open(annex, 2);
            assertEquals(2, annexes.getNumberOfPages());
            assertEquals(2, writer.letter(LOT, 1, letters, 1, 3, List.of(annexes)));
            assertEquals(2, writer.letter(LOT, 2, letters, 2, 3, List.of(annexes)));
            assertEquals(2, writer.letter(LOT, 3, letters, 3, 4, List.of(annexes)));
            writer.release(annexes);
            writer.release(letters);
        }
        try (PDDocument pdf = Loader.loadPDF(print.toFile())) {
            assertEquals(12, pdf.getNumberOfPages(), "three letters of two sheets, both sides");
            String[][] expected = {{"IN-1", "Inherited one", "Inherited two"}, {"IN-2", "Inherited one",
                "Inherited two"}, {"IN-3", "", "Inherited one", "Inherited two"}};
            int page = 1;
            for (String[] letter : expected) {
                for (String content : letter) {
                    String text = text(pdf, page).replaceAll("\\s", ""); // the annex is turned: its text runs down
                    assertTrue(text.contains(content.replace(" ", "")), "page " + page + " is " + content + ": " + text);
                    page++;
                }
                page += letter.length % 2; // a blank back after an odd count
            }
        }
    }

    /**
     * A file in which the print file's reader cannot find the pages the analysis read, whether parsed whole or read
     * object by object, is refused before a page of it is written.
     */
    @ParameterizedTest
    @ValueSource(longs = {0, Long.MAX_VALUE})
    void aFileWhosePagesCannotBeFoundAsAnalysedIsRefusedBeforeAnyPageIsWritten(long fullParseLimit)
            throws IOException {
        Path file = write("file.pdf", LetterPdfs.file().letter("C-1", 1).letter("C-2", 2).build());
        UnreadableSourceException refused = assertThrows(UnreadableSourceException.class,
                () -> PrintFileWriter.open(file, 4, fullParseLimit));
        assertTrue(refused.getMessage().contains("finds 3 pages where the analysis read 4"), refused.getMessage());
        assertEquals(3, PrintFileWriter.open(file, 3, fullParseLimit).getNumberOfPages());
        assertEquals(3, PrintFileWriter.open(file, 0, fullParseLimit).getNumberOfPages(), "a count not on record");
    }

    /**
     * A file the analysis read, rewritten the ways other producers write (a page written inside its parent, content
     * in several run-length parts, which OpenPDF does not decode itself), is printed page for page, parsed whole or
     * read object by object.
     */
    @ParameterizedTest
    @ValueSource(strings = {"page written inside its parent", "content in run-length parts"})
    void filesOtherProducersWriteArePrintedPageForPage(String rewriting) throws IOException {
        byte[] letters = LetterPdfs.file().letter("P-1", 1).letter("P-2", 2).letter("P-3", 1).build();
        Path source = write("rewritten.pdf", rewriting.startsWith("page")
                ? RewrittenPdfs.pageWrittenInItsParent(letters, 1) : RewrittenPdfs.contentInRunLengthParts(letters));
        for (long limit : new long[] {0, Long.MAX_VALUE}) {
            Path print = dir.resolve("print-" + limit + ".pdf");
            try (OutputStream out = Files.newOutputStream(print); PrintFileWriter writer = new PrintFileWriter(out)) {
                PdfReader reader = PrintFileWriter.open(source, 4, limit);
                writer.letter(LOT, 1, reader, 1, 1, List.of());
                writer.letter(LOT, 2, reader, 2, 2, List.of());
                writer.letter(LOT, 3, reader, 4, 1, List.of());
                writer.release(reader);
            }
            try (PDDocument pdf = Loader.loadPDF(print.toFile())) {
                assertEquals(6, pdf.getNumberOfPages(), rewriting);
                String[] expected = {"P-1", "", "P-2", "page 2 de", "P-3", ""};
                for (int page = 1; page <= 6; page++) {
                    String text = text(pdf, page);
                    assertTrue(text.contains(expected[page - 1]), rewriting + ", page " + page + ": " + text);
                    assertEquals(page % 2 == 1 || page == 4, text.contains("voici la page"),
                            rewriting + ", page " + page + " is a letter's page or a blank back: " + text);
                }
            }
        }
    }

    /**
     * What the print file's reader cannot read as the analysis did is the deposited file's fault, told apart from the
     * platform's: a file that is no PDF, a content part in a filter no standard names or decoded otherwise than the
     * standard says, a letter whose pages are not in its file.
     */
    @Test
    void whatCannotBeReadAsTheAnalysisDidIsTheFilesFault() throws IOException {
        Path notPdf = write("not.pdf", "%PDF-1.4\nnothing else".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThrows(UnreadableSourceException.class, () -> PrintFileWriter.open(notPdf, 1));
        byte[] letters = LetterPdfs.file().letter("F-1", 1).build();
        String runLength = new String(RewrittenPdfs.contentInRunLengthParts(letters),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String filter : List.of("/FooDecode", "/LZWDecode/DecodeParms<</EarlyChange 0>>")) {
            Path odd = write("odd.pdf", runLength.replace("/RunLengthDecode", filter + " ".repeat(Math.max(0,
                    "/RunLengthDecode".length() - filter.length()))).getBytes(java.nio.charset.StandardCharsets
                    .ISO_8859_1));
            try (OutputStream out = Files.newOutputStream(dir.resolve("odd-print.pdf"));
                 PrintFileWriter writer = new PrintFileWriter(out)) {
                PdfReader reader = PrintFileWriter.open(odd, 1);
                UnreadableSourceException refused = assertThrows(UnreadableSourceException.class,
                        () -> writer.letter(LOT, 1, reader, 1, 1, List.of()));
                assertTrue(refused.getMessage().startsWith("a content part"), refused.getMessage());
                writer.abandon();
                writer.release(reader);
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("short-print.pdf"));
             PrintFileWriter writer = new PrintFileWriter(out)) {
            PdfReader reader = PrintFileWriter.open(write("short.pdf", letters), 1);
            assertThrows(UnreadableSourceException.class, () -> writer.letter(LOT, 2, reader, 2, 1, List.of()),
                    "a letter whose page is not in its file");
            writer.abandon();
            writer.release(reader);
        }
    }

    /**
     * A deposit's plaintext copy parsed whole leaves no mapping of itself once released and deleted: a mapping would
     * keep the deleted copy's blocks (personal data, in clear) allocated on disk until the collector frees it.
     */
    @Test
    void aPlaintextCopyParsedWholeLeavesNothingMappedOnceDeleted() throws IOException {
        Path maps = Path.of("/proc/self/maps");
        assumeTrue(Files.isReadable(maps), "a Linux process map");
        Path copy = write("plain-copy.pdf", LetterPdfs.file().letter("M-1", 2).build());
        try (OutputStream out = Files.newOutputStream(dir.resolve("print.pdf"));
             PrintFileWriter writer = new PrintFileWriter(out)) {
            PdfReader reader = PrintFileWriter.open(copy, 2);
            writer.letter(LOT, 1, reader, 1, 2, List.of());
            writer.release(reader);
            reader.close();
        }
        Files.delete(copy);
        assertTrue(Files.readAllLines(maps).stream().noneMatch(line -> line.contains(copy.toString())),
                "no mapping of the deleted copy");
    }

    /** A print file that cannot be written is the platform's trouble, told apart from a deposited file's. */
    @Test
    void aPrintFileThatCannotBeWrittenIsToldApartFromADepositedFilesFault() throws IOException {
        Path file = write("file.pdf", LetterPdfs.file().letter("D-1", 1).build());
        OutputStream full = new OutputStream() {
            private int left = 10_000;

            @Override
            public void write(int b) throws IOException {
                if (--left < 0) {
                    throw new IOException("No space left on device");
                }
            }
        };
        PdfReader letters = PrintFileWriter.open(file, 1);
        PrintFileWriteException failed = assertThrows(PrintFileWriteException.class, () -> {
            try (PrintFileWriter writer = new PrintFileWriter(full)) {
                for (int sequence = 1; sequence <= 20; sequence++) {
                    writer.letter(LOT, sequence, letters, 1, 1, List.of());
                }
            }
        });
        assertEquals("No space left on device", failed.getMessage());
    }

    /**
     * Files from every producer the tests hold (OpenPDF, and the Ghostscript, Cairo and ReportLab fixtures, whose
     * page trees and cross-reference sections differ) give the same print file whether parsed whole or read object
     * by object.
     */
    @ParameterizedTest
    @ValueSource(strings = {"openpdf", "ghostscript-isolatin1.pdf", "ghostscript-standard.pdf",
        "cairo-three-letters.pdf", "reportlab-two-letters.pdf"})
    void aFileParsedWholeAndOneReadObjectByObjectGiveTheSamePrintFile(String producer) throws IOException {
        Path file = write("file.pdf", producer.equals("openpdf") ? fortyLetters() : fixture(producer));
        List<String> texts = new ArrayList<>();
        int pages = 0;
        for (long limit : new long[] {Files.size(file), Files.size(file) - 1}) {
            Path print = dir.resolve("print-" + limit + ".pdf");
            try (OutputStream out = Files.newOutputStream(print); PrintFileWriter writer = new PrintFileWriter(out)) {
                PdfReader reader = PrintFileWriter.open(file, limit);
                pages = reader.getNumberOfPages();
                for (int page = 1; page <= pages; page++) {
                    writer.letter(LOT, page, reader, page, 1, List.of());
                }
                writer.release(reader);
            }
            try (PDDocument pdf = Loader.loadPDF(print.toFile())) {
                StringBuilder all = new StringBuilder();
                for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                    all.append(text(pdf, p)).append('\f');
                }
                texts.add(all.toString());
            }
        }
        assertTrue(texts.get(0).contains(String.format("%s pli %06d feuille 1/1", LOT, pages)),
                "every page composed: " + producer);
        assertEquals(texts.get(0), texts.get(1), "the same pages, marks and blank backs either way: " + producer);
    }

    private static byte[] fortyLetters() {
        LetterPdfs letters = LetterPdfs.file();
        for (int i = 0; i < 40; i++) {
            letters.letter("W-" + i, 1 + i % 3);
        }
        return letters.build();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PrintFileWriterTest.class.getResourceAsStream("/producers/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aRegisteredLetterIsFollowedByItsFormWithNumberBarcodeAndBothAddresses() throws IOException {
        Path file = write("file.pdf", LetterPdfs.file().letter("R-1", 1).letter("R-2", 2).build());
        Path print = dir.resolve("print.pdf");
        RegisteredAddresses addresses = new RegisteredAddresses(
                new PostalAddress("MME CLAIRE MARTIN", null, "BATIMENT B", "12 RUE DES LILAS", null, "69003", "LYON",
                        null),
                new PostalAddress("DDFIP DU RHONE", "SERVICE DES AMENDES", null, "3 RUE DE LA CHARITE", null,
                        "69002", "LYON", null));
        int firstOfSecond;
        int pages;
        try (OutputStream out = Files.newOutputStream(print); PrintFileWriter writer = new PrintFileWriter(out)) {
            writer.coverSheet(LOT, new LotKey(Paper.DUPLEX, "C4", SendingType.LRAR, "P20"),
                    Instant.parse("2026-03-02T06:00:00Z"), 2, 2);
            PdfReader letters = PrintFileWriter.open(file);
            writer.letter(LOT, 1, letters, 1, 1, List.of());
            writer.registeredForm(LOT, 1, RegisteredNumber.parse("RR123456785FR"), addresses);
            firstOfSecond = writer.pages() + 1;
            writer.letter(LOT, 2, letters, 2, 2, List.of());
            // a letter whose addresses are not on record still gets its form, with its number
            writer.registeredForm(LOT, 2, new RegisteredNumber("RR", 12345679, "FR"), null);
            pages = writer.pages();
            writer.release(letters);
        }
        assertEquals(7, firstOfSecond, "cover (2), letter 1 (2), its form (2): letter 2 starts on page 7");

        try (PDDocument pdf = Loader.loadPDF(print.toFile())) {
            assertEquals(pages, pdf.getNumberOfPages());
            assertEquals(2 + 2 + 2 + 2 + 2, pdf.getNumberOfPages());
            assertTrue(text(pdf, 1).contains("formulaire"), "the cover of an LRAR lot announces the forms");
            assertTrue(text(pdf, 3).contains("R-1"), "the letter itself first");
            assertTrue(text(pdf, 3).contains(LOT + " pli 000001 feuille 1/1"), "its sheet count leaves the form out");

            String deposit = text(pdf, 5);
            assertTrue(deposit.contains("Preuve de dépôt"), deposit);
            assertTrue(deposit.contains("RR123456785FR"), "the number as text");
            assertTrue(deposit.contains("RR 1234 5678 5 FR"));
            assertTrue(deposit.contains("MME CLAIRE MARTIN") && deposit.contains("12 RUE DES LILAS")
                    && deposit.contains("69003 LYON"), "the recipient's address");
            assertTrue(deposit.contains("DDFIP DU RHONE") && deposit.contains("SERVICE DES AMENDES")
                    && deposit.contains("69002 LYON"), "the return address");
            assertTrue(deposit.contains(LOT + " pli 000001 formulaire de recommandé"), "its own sheet mark");
            assertTrue(hasImage(pdf.getPage(4)), "the sheet mark's Data Matrix");
            assertTrue(hasBars(pdf, 5), "the Code 128 barcode of the number");

            String receipt = text(pdf, 6);
            assertTrue(receipt.contains("AVIS DE RÉCEPTION"), receipt);
            assertTrue(receipt.contains("RR123456785FR"));
            assertTrue(receipt.indexOf("DDFIP DU RHONE") < receipt.indexOf("MME CLAIRE MARTIN"),
                    "the acknowledgement names first where it comes back");
            assertTrue(hasBars(pdf, 6));

            assertTrue(text(pdf, 7).contains("R-2"));
            assertTrue(text(pdf, 7).contains(LOT + " pli 000002 feuille 1/1"));
            String unavailable = text(pdf, 9);
            // 12345679: 8+12+12+8+15+30+63+63 = 211, 211 mod 11 = 2, check digit 9
            assertTrue(unavailable.contains("RR123456799FR"), unavailable);
            assertTrue(unavailable.contains(PrintFileWriter.ADDRESS_UNAVAILABLE));
            assertTrue(text(pdf, 10).contains("RR123456799FR"));
        }
    }

    /** Whether the page draws filled rectangles, as a barcode's bars are, on the page or in forms it draws. */
    private static boolean hasBars(PDDocument pdf, int page) throws IOException {
        PDPage pdPage = pdf.getPage(page - 1);
        StringBuilder content = new StringBuilder(new String(pdPage.getContents().readAllBytes(),
                java.nio.charset.StandardCharsets.ISO_8859_1));
        appendForms(pdPage.getResources(), content, 3);
        long rectangles = content.toString().lines().filter(l -> l.endsWith(" re")).count();
        return rectangles > 20;
    }

    private static void appendForms(org.apache.pdfbox.pdmodel.PDResources resources, StringBuilder content, int depth)
            throws IOException {
        if (resources == null || depth == 0) {
            return;
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                content.append(new String(form.getContents().readAllBytes(),
                        java.nio.charset.StandardCharsets.ISO_8859_1)).append('\n');
                appendForms(form.getResources(), content, depth - 1);
            }
        }
    }

    private Path write(String name, byte[] pdf) throws IOException {
        return Files.write(dir.resolve(name), pdf);
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static boolean hasImage(PDPage page) throws IOException {
        for (var name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                return true;
            }
        }
        return false;
    }
}
