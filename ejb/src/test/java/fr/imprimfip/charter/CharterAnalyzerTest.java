package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.lowagie.text.PageSize;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.imprimfip.testing.HostilePdfs;
import fr.imprimfip.testing.LetterPdfs;
import fr.imprimfip.testing.PostalAddresses;
import fr.imprimfip.testing.RewrittenPdfs;

class CharterAnalyzerTest {

    @TempDir
    Path dir;

    private final CharterAnalyzer analyzer = new CharterAnalyzer(CharterSettings.defaults());

    @Test
    void aConformingMonoDocumentFileIsOneLetterUnderTheFileReference() throws Exception {
        CharterReport report = analyse(LetterPdfs.conformingLetter(3));
        assertFalse(report.fileRefused());
        assertEquals(1, report.letters().size());
        LetterReport letter = report.letters().get(0);
        assertEquals("FILE-REF", letter.businessRef());
        assertTrue(letter.accepted(), letter.refusal());
        assertNull(letter.warning());
        assertEquals(new PostalFacts(3, 2, 15, PostalFacts.Envelope.DL, "≤20g"), letter.facts());
    }

    @Test
    void aMultiDocumentFileIsSplitByTheHiddenReference() throws Exception {
        CharterReport report = analyse(LetterPdfs.file().letter("038719506", 2).letter("038719507", 1)
                .letter("038719508", 3).build());
        assertEquals(List.of("038719506", "038719507", "038719508"),
                report.letters().stream().map(LetterReport::businessRef).toList());
        assertEquals(List.of(1, 3, 4), report.letters().stream().map(LetterReport::firstPage).toList());
        assertEquals(List.of(2, 1, 3), report.letters().stream().map(l -> l.facts().pages()).toList());
        assertTrue(report.letters().stream().allMatch(LetterReport::accepted));
    }

    @Test
    void eachLetterOfADayOfVariedRealAddressesIsAcceptedWithTheAddressItWasPrintedWith() throws Exception {
        LetterPdfs file = LetterPdfs.file();
        for (int i = 0; i < 300; i++) {
            file.letter("R-" + i, 1, PostalAddresses.nth(i * 31));
        }
        CharterReport report = analyse(file.build());
        assertEquals(300, report.letters().size());
        for (int i = 0; i < 300; i++) {
            LetterReport letter = report.letters().get(i);
            assertTrue(letter.accepted(), letter.businessRef() + ": " + letter.refusal());
            assertNull(letter.warning(), letter.businessRef() + " " + PostalAddresses.nth(i * 31));
            assertEquals(PostalAddresses.nth(i * 31), letter.windowLines());
        }
        assertEquals(300, report.letters().stream().map(LetterReport::windowLines).distinct().count());
    }

    /**
     * Letters exported for print with a bleed and crop marks around the A4 page (the media box larger, the crop box
     * A4): the crop box is the letter, read as it would be without them.
     */
    @Test
    void lettersLaidOnALargerSheetWithCropMarksAreReadWithinTheirCropBox() throws Exception {
        byte[] plain = LetterPdfs.file().letter("BLEED-1", 1, PostalAddresses.nth(7)).letter("BLEED-2", 2,
                PostalAddresses.nth(8)).build();
        CharterReport bled = analyse(RewrittenPdfs.withBleed(plain, 24));
        CharterReport unbled = analyse(plain);
        assertEquals(List.of("BLEED-1", "BLEED-2"), bled.letters().stream().map(LetterReport::businessRef).toList());
        for (int i = 0; i < 2; i++) {
            LetterReport letter = bled.letters().get(i);
            assertTrue(letter.accepted(), letter.businessRef() + ": " + letter.refusal());
            assertNull(letter.warning(), letter.businessRef());
            assertEquals(unbled.letters().get(i).windowLines(), letter.windowLines());
            assertEquals(unbled.letters().get(i).facts(), letter.facts());
        }
    }

    /**
     * What a viewer prints with a page but outside its content (a filled form field, a drawing) is neither read nor
     * printed: the letter is refused. A link (even drawn with a border), a reader's note not flagged to print, a
     * hidden drawing and an invisible signature's field of no size: their letters are accepted.
     */
    @Test
    void aLetterWithAFormFieldOrDrawingThatWouldPrintOutsideItsContentIsRefused() throws Exception {
        byte[] plain = LetterPdfs.file().letter("FIELD-1", 1).letter("STAMP-2", 1).letter("LINK-3", 1)
                .letter("HIDDEN-4", 1).build();
        byte[] annotated;
        try (PDDocument pdf = Loader.loadPDF(RewrittenPdfs.withFilledField(plain, 0, "Montant : 1 234,56 euros"))) {
            PDAnnotationSquare stamp = new PDAnnotationSquare();
            stamp.setRectangle(new PDRectangle(300, 100, 200, 60));
            stamp.setPrinted(true);
            stamp.constructAppearances(pdf);
            pdf.getPage(1).getAnnotations().add(stamp);

            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 100, 200, 20));
            link.setPrinted(true);
            link.constructAppearances(pdf); // a border, as PDF/A producers flag and draw every link
            pdf.getPage(2).getAnnotations().add(link);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(300, 100, 20, 20));
            note.constructAppearances(pdf);
            pdf.getPage(2).getAnnotations().add(note);

            PDAnnotationSquare hidden = new PDAnnotationSquare();
            hidden.setRectangle(new PDRectangle(300, 100, 200, 60));
            hidden.setPrinted(true);
            hidden.setHidden(true);
            hidden.constructAppearances(pdf);
            pdf.getPage(3).getAnnotations().add(hidden);
            PDAnnotationWidget invisibleSignature = new PDAnnotationWidget();
            invisibleSignature.setRectangle(new PDRectangle(0, 0, 0, 0));
            invisibleSignature.setPrinted(true);
            invisibleSignature.setLocked(true);
            pdf.getPage(3).getAnnotations().add(invisibleSignature);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            annotated = out.toByteArray();
        }

        List<LetterReport> letters = analyse(annotated).letters();
        assertEquals(List.of("FIELD-1", "STAMP-2", "LINK-3", "HIDDEN-4"),
                letters.stream().map(LetterReport::businessRef).toList());
        assertRule(letters.get(0), "PAG-003");
        assertRule(letters.get(1), "PAG-003");
        assertTrue(letters.get(2).accepted(), letters.get(2).refusal());
        assertTrue(letters.get(3).accepted(), letters.get(3).refusal());
    }

    /**
     * Layers (optional content) that hide part of the file, or print otherwise than they show, refuse the file: the
     * analysis reads every layer and so does the print, the partner sees only those on. Layers all on, printed as
     * shown, are accepted.
     */
    @Test
    void aFileWhoseLayersHideOrPrintOtherwiseThanTheyShowIsRefused() throws Exception {
        byte[] plain = LetterPdfs.file().letter("CALQUE-1", 1).build();
        assertFileRule(analyse(RewrittenPdfs.withLayer(plain, false, null, null)), "STR-012");
        assertFileRule(analyse(RewrittenPdfs.withLayer(plain, true, "ON", "OFF")), "STR-012");
        assertFileRule(analyse(RewrittenPdfs.withLayer(plain, true, "OFF", "OFF")), "STR-012");
        CharterReport alwaysPrinted = analyse(RewrittenPdfs.withLayer(plain, true, null, "ON"));
        assertFalse(alwaysPrinted.fileRefused(), alwaysPrinted.fileRefusal());
        CharterReport shown = analyse(RewrittenPdfs.withLayer(plain, true, "ON", "ON"));
        assertFalse(shown.fileRefused(), shown.fileRefusal());
        assertTrue(shown.letters().get(0).accepted(), shown.letters().get(0).refusal());
    }

    @Test
    void pagesBeforeTheFirstReferenceAndDuplicatesAreLetterErrors() throws Exception {
        CharterReport report = analyse(LetterPdfs.file().letter(null, 1).letter("A-1", 1).letter("B-2", 1)
                .letter("A-1", 1).build());
        List<LetterReport> letters = report.letters();
        assertEquals(4, letters.size());
        assertEquals("sans-reference-page-1", letters.get(0).businessRef());
        assertTrue(letters.get(0).refusal().contains("[REF-001]"));
        assertTrue(letters.get(1).refusal().contains("[REF-002]"));
        assertTrue(letters.get(2).accepted());
        assertTrue(letters.get(3).refusal().contains("[REF-002]"));
    }

    @Test
    void theAddressIsReadInTheWindowAndChecked() throws Exception {
        CharterReport report = analyse(LetterPdfs.file()
                .letter("OK", 1)
                .letter("ACCENTS", 1, List.of("MADAME CLÉMENCE MARTIN", "8 AVENUE DE LA GARE", "69002 LYON"))
                .letter("SHORT", 1, List.of("MADAME MARTIN", "69002 LYON"))
                .letter("LONG", 1, List.of("MADAME " + "X".repeat(40), "8 AVENUE DE LA GARE", "69002 LYON"))
                .letter("LAST", 1, List.of("MADAME MARTIN", "8 AVENUE DE LA GARE", "LYON 69002"))
                .letter("NONE", 1, List.of())
                .letter("ABROAD", 1, List.of("MRS JANE DOE", "10 HIGH STREET", "LONDON SW1A 1AA", "ROYAUME UNI"))
                .build());
        List<LetterReport> letters = report.letters();
        assertTrue(letters.get(0).accepted(), letters.get(0).refusal());
        assertRule(letters.get(1), "ADR-005");
        assertRule(letters.get(2), "ADR-002");
        assertRule(letters.get(3), "ADR-003");
        assertRule(letters.get(4), "ADR-004");
        assertRule(letters.get(5), "ADR-001");
        assertTrue(letters.get(6).accepted(), letters.get(6).refusal());
        assertEquals(LetterPdfs.ADDRESS, letters.get(0).windowLines(), "the window's lines, as printed");
        assertEquals(List.of("MRS JANE DOE", "10 HIGH STREET", "LONDON SW1A 1AA", "ROYAUME UNI"),
                letters.get(6).windowLines());
        assertEquals(List.of(), letters.get(5).windowLines());
    }

    @Test
    void pagesMustBeA4Portrait() throws Exception {
        assertRule(analyse(LetterPdfs.file().letter(null, 1).pageSize(PageSize.A4.rotate()).build()).letters().get(0),
                "PAG-002");
        assertRule(analyse(LetterPdfs.file().letter(null, 1).pageSize(PageSize.A3).build()).letters().get(0),
                "PAG-001");
        assertRule(analyse(LetterPdfs.file().letter(null, 1).pageSize(PageSize.LETTER).build()).letters().get(0),
                "PAG-001");
    }

    @Test
    void aRuleBrokenOnEveryPageOfALetterIsSaidOnceWithinTheStatusColumn() throws Exception {
        for (var size : List.of(PageSize.A4.rotate(), PageSize.LETTER, PageSize.LETTER.rotate())) {
            for (int pages : new int[] {1, 16, 300}) {
                LetterReport letter = analyse(LetterPdfs.file().letter(null, pages).pageSize(size).build())
                        .letters().get(0);
                String refusal = letter.refusal();
                assertTrue(refusal.length() <= FindingsText.MAX_LENGTH, pages + " pages: " + refusal);
                assertTrue(refusal.contains(pages == 1 ? "(page 1)" : "(pages 1–" + pages + ")"), refusal);
                String code = letter.findings().stream().filter(Finding::error).findFirst().orElseThrow().rule()
                        .code();
                assertEquals(refusal.indexOf("[" + code + "]"), refusal.lastIndexOf("[" + code + "]"), refusal);
            }
        }
    }

    @Test
    void aStandardFontNotEmbeddedIsAWarning() throws Exception {
        LetterReport letter = analyse(LetterPdfs.file().letter(null, 1).standardFont().build()).letters().get(0);
        assertTrue(letter.accepted());
        assertTrue(letter.warning().contains("[FNT-002]"), letter.warning());
    }

    @Test
    void activeContentRefusesTheWholeFile() throws Exception {
        assertFileRule(analyse(LetterPdfs.file().letter(null, 1).withJavaScript().build()), "STR-003");
        assertFileRule(analyse(LetterPdfs.file().letter(null, 1).withAttachment().build()), "STR-004");
        assertFileRule(analyse(LetterPdfs.file().letter(null, 1).withLaunchAction().build()), "STR-005");
        assertFileRule(analyse(LetterPdfs.file().letter(null, 1).encrypted().build()), "STR-002");
    }

    @Test
    void brokenAndHostileFilesAreRefusedWithTheirRule() throws Exception {
        assertFileRule(analyse(new byte[0]), "STR-001");
        assertFileRule(analyse("pas un PDF".getBytes(StandardCharsets.UTF_8)), "STR-001");
        byte[] whole = LetterPdfs.conformingLetter(2);
        CharterReport truncated = analyse(Arrays.copyOf(whole, whole.length / 3));
        assertTrue(truncated.fileRefused() || truncated.letters().stream().noneMatch(LetterReport::accepted)
                || truncated.letters().size() <= 2, "a truncated file never crashes the analysis");
        CharterReport nested = analyse(HostilePdfs.deeplyNested(200_000));
        assertTrue(nested.fileRefused() || !nested.letters().get(0).accepted(),
                "deep nesting ends in a refusal, not a crash: " + nested);
        assertFileRule(analyse(HostilePdfs.operatorFlood(3_000_000)), "STR-008");
    }

    @Test
    void aFontMappingBillionsOfCodesIsRefusedBeforePdfBoxExpandsThem() throws Exception {
        CharterReport report = analyse(HostilePdfs.toUnicodeRange(0x8000_0000L));
        assertFileRule(report, "STR-008");
        assertTrue(report.fileRefusal().contains("ToUnicode"), report.fileRefusal());
        assertFalse(analyse(HostilePdfs.toUnicodeRange(256)).fileRefused(), "a range of 256 codes is a font's");
    }

    @Test
    void aLetterTooThickForAnEnvelopeIsRefused() throws Exception {
        CharterSettings thin = new CharterSettings(CharterSettings.defaults().referencePattern(), 100, 40, 95, 50,
                50_000, 2, WorkLimits.DEFAULTS);
        LetterReport letter = new CharterAnalyzer(thin).analyse(write(LetterPdfs.conformingLetter(5)), "F")
                .letters().get(0);
        assertRule(letter, "ENV-001");
    }

    /**
     * Files rewritten the ways other producers write them, which production's reader does not take as PDFBox does: the
     * analysis reads every page of each, so production must print those pages or refuse the file, never fewer.
     */
    @Test
    void filesOtherLibrariesReadDifferentlyAreReadPageByPage() throws Exception {
        byte[] letters = LetterPdfs.file().letter("R-1", 1).letter("R-2", 2).letter("R-3", 1).build();
        for (byte[] rewritten : List.of(RewrittenPdfs.pageWrittenInItsParent(letters, 1),
                RewrittenPdfs.contentInRunLengthParts(letters))) {
            CharterReport report = analyse(rewritten);
            assertEquals(List.of("R-1", "R-2", "R-3"), report.letters().stream().map(LetterReport::businessRef)
                    .toList());
            assertEquals(List.of(1, 2, 4), report.letters().stream().map(LetterReport::firstPage).toList());
            assertTrue(report.letters().stream().allMatch(LetterReport::accepted), report.letters().toString());
        }
        CharterAnalyzer.AnnexReport annex = analyzer.analyseAnnex(write(RewrittenPdfs.pageWrittenInItsParent(
                LetterPdfs.file().letter(null, 3).build(), 1)));
        assertTrue(annex.accepted(), annex.refusal());
        assertEquals(3, annex.pages());
    }

    @Test
    void annexesAreCheckedAndCountInEveryLetter() throws Exception {
        CharterAnalyzer.AnnexReport annex = analyzer.analyseAnnex(write(LetterPdfs.file().letter(null, 3)
                .standardFont().build()));
        assertTrue(annex.accepted(), annex.refusal());
        assertEquals(3, annex.pages());
        assertEquals(CharterRule.STANDARD_FONT_NOT_EMBEDDED, annex.warnings().get(0).rule());

        CharterReport report = analyzer.analyse(write(LetterPdfs.file().letter("A", 1).letter("B", 2).build()),
                "F", Annexes.NONE.plus(annex.pages(), annex.warnings()));
        assertEquals(List.of(4, 5), report.letters().stream().map(l -> l.facts().pages()).toList());
        assertEquals(List.of(2, 3), report.letters().stream().map(l -> l.facts().sheets()).toList());
        assertTrue(report.letters().get(0).warning().contains("[FNT-002]"));

        CharterAnalyzer.AnnexReport landscape = analyzer.analyseAnnex(write(LetterPdfs.file().letter(null, 1)
                .pageSize(PageSize.A4.rotate()).build()));
        assertFalse(landscape.accepted());
        assertTrue(landscape.refusal().contains("[PAG-002]"), landscape.refusal());
        CharterAnalyzer.AnnexReport active = analyzer.analyseAnnex(write(LetterPdfs.file().letter(null, 1)
                .withJavaScript().build()));
        assertTrue(active.refusal().contains("[STR-003]"), active.refusal());
    }

    @Test
    void aLargeFileReadInParallelPassesGivesTheSameReportAsOnePass() throws Exception {
        LetterPdfs file = LetterPdfs.file();
        for (int letter = 0; letter < 667; letter++) {
            file.letter(letter == 500 ? "L-7" : "L-" + letter, 3);
        }
        Path pdf = write(file.build());
        CharterReport onePass = analyzer.analyse(pdf, "F");
        assertEquals(667, onePass.letters().size(), "2,001 pages, a letter across the two passes' boundary");
        assertEquals(2, onePass.letters().stream().filter(l -> !l.accepted()).count(), "the duplicate, twice");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertEquals(onePass, new CharterAnalyzer(CharterSettings.defaults(), pool, 2).analyse(pdf, "F"));
        } finally {
            pool.shutdownNow();
        }
        Executor saturated = task -> { };
        assertEquals(onePass, new CharterAnalyzer(CharterSettings.defaults(), saturated, 2).analyse(pdf, "F"),
                "a pass the executor never starts is read by the calling thread");
    }

    @Test
    void aRegisteredLetterIsOneLetterWhoseWindowReadsTheRegisteredAddress() throws Exception {
        RegisteredLetter registered = new RegisteredLetter(List.of("Madame Claire Martin", "8, avenue de la Gare",
                "69002 Lyon"));
        CharterReport report = analyzer.analyse(write(LetterPdfs.conformingLetter(2)), "FILE-REF", Annexes.NONE,
                registered);
        assertFalse(report.fileRefused(), report.fileRefusal());
        assertTrue(report.letters().get(0).accepted(), report.letters().get(0).refusal());

        CharterReport other = analyzer.analyse(write(LetterPdfs.conformingLetter(1)), "FILE-REF", Annexes.NONE,
                new RegisteredLetter(List.of("MADAME CLAIRE MARTIN", "10 AVENUE DE LA GARE", "69002 LYON")));
        LetterReport letter = other.letters().get(0);
        assertEquals("[REC-002] " + CharterRule.REGISTERED_ADDRESS_MISMATCH.message() + " (ligne 2)",
                letter.refusal(), "the line is named, neither address is repeated");
    }

    @Test
    void aRegisteredLettersFileWithSeveralLettersIsRefused() throws Exception {
        CharterReport report = analyzer.analyse(write(LetterPdfs.file().letter("A-1", 1).letter("A-2", 1).build()),
                "FILE-REF", Annexes.NONE, new RegisteredLetter(LetterPdfs.ADDRESS));
        assertFileRule(report, "REC-001");
        assertTrue(report.fileRefusal().contains("(2 courriers)"), report.fileRefusal());
        assertTrue(analyzer.analyse(write(LetterPdfs.file().letter("A-1", 2).build()), "FILE-REF", Annexes.NONE,
                new RegisteredLetter(LetterPdfs.ADDRESS)).letters().get(0).accepted(),
                "one letter bearing its reference on every page");
    }

    @Test
    void anElectronicRegisteredLetterIsOneLetterWhoseWindowIsNotCompared() throws Exception {
        CharterReport one = analyzer.analyse(write(LetterPdfs.conformingLetter(2)), "FILE-REF", Annexes.NONE,
                RegisteredLetter.electronic());
        assertFalse(one.fileRefused(), one.fileRefusal());
        assertEquals(1, one.letters().size());
        assertTrue(one.letters().get(0).accepted(), "no postal address to compare: REC-002 is for LRAR only");

        CharterReport two = analyzer.analyse(write(LetterPdfs.file().letter("A-1", 1).letter("A-2", 1).build()),
                "FILE-REF", Annexes.NONE, RegisteredLetter.electronic());
        assertFileRule(two, "REC-001");
        assertTrue(two.fileRefusal().contains("(2 courriers)"), two.fileRefusal());
    }

    private CharterReport analyse(byte[] pdf) throws Exception {
        return analyzer.analyse(write(pdf), "FILE-REF");
    }

    private Path write(byte[] pdf) throws Exception {
        return Files.write(Files.createTempFile(dir, "file", ".pdf"), pdf);
    }

    private static void assertRule(LetterReport letter, String code) {
        assertFalse(letter.accepted(), "expected " + code);
        assertTrue(letter.refusal().contains("[" + code + "]"), letter.refusal());
    }

    private static void assertFileRule(CharterReport report, String code) {
        assertTrue(report.fileRefused(), "expected the file to be refused with " + code);
        assertTrue(report.fileRefusal().contains("[" + code), report.fileRefusal());
        assertTrue(report.letters().isEmpty());
    }
}
