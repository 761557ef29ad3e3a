package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters written by other programs than OpenPDF (see {@code src/test/resources/producers/README.md}): each is
 * split into its letters by the references as written, its addresses read as printed, and accepted.
 */
class ProducersTest {

    @TempDir
    Path dir;

    private final CharterAnalyzer analyzer = new CharterAnalyzer(CharterSettings.defaults());

    /** A letter as its producer meant it: its reference, its pages, its address. */
    private record Expected(String reference, int pages, List<String> address) {
    }

    @Test
    void ghostscriptIsoLatin1WritesEveryHyphenAsTheMinusGlyph() throws Exception {
        assertLetters("ghostscript-isolatin1.pdf",
                new Expected("SIP-2024-000101", 2,
                        List.of("MONSIEUR JEAN-PIERRE DURAND", "12 RUE DE RIVOLI", "75001 PARIS")),
                new Expected("SIP-2024-000102", 1,
                        List.of("MADAME CLAIRE MARTIN", "8 RUE DE L'ELYSEE", "75008 PARIS")),
                new Expected("SIP-2024-000103", 2,
                        List.of("SOCIETE DUPONT ET FILS", "BATIMENT B", "10 COURS NAPOLEON", "20000 AJACCIO")));
    }

    @Test
    void ghostscriptStandardEncodingWithANoBreakSpace() throws Exception {
        assertLetters("ghostscript-standard.pdf",
                new Expected("AMD-7781.A", 1, List.of("MADAME SOPHIE LEFEBVRE", "RESIDENCE LES TILLEULS",
                        "3 ALLEE DES PINS", "13001 MARSEILLE")),
                new Expected("AMD-7782.A", 3,
                        List.of("MONSIEUR LE MAIRE", "MAIRIE", "1 PLACE DE LA COMEDIE", "34000 MONTPELLIER")));
    }

    @Test
    void cairoKeepsTheTypographicCharactersItWasGiven() throws Exception {
        assertLetters("cairo-three-letters.pdf",
                new Expected("CAF-2024-0001", 1, List.of("MADAME CLAIRE MARTIN", "8 AVENUE DE LA GARE", "69002 LYON")),
                new Expected("CAF-2024-0002", 2, List.of("MONSIEUR PAUL-HENRI ROUSSEL", "APPARTEMENT 12",
                        "5 QUAI DES CHARTRONS", "33000 BORDEAUX")),
                new Expected("CAF-2024-0003", 1,
                        List.of("MADAME LA DIRECTRICE", "ECOLE JULES FERRY", "2 RUE NATIONALE", "59000 LILLE")));
    }

    @Test
    void aCairoLetterWithoutReferenceIsOneLetter() throws Exception {
        assertLetters("cairo-mono-letter.pdf",
                new Expected("FILE-REF", 2, List.of("MONSIEUR ET MADAME BERNARD", "LIEUDIT LE MOULIN", "21000 DIJON")));
    }

    @Test
    void reportLabWithFullwidthHyphensAndAByteOrderMark() throws Exception {
        assertLetters("reportlab-two-letters.pdf",
                new Expected("DDFIP-67-2024-11", 2, List.of("MONSIEUR LE DIRECTEUR",
                        "SERVICE DES IMPOTS DES ENTREPRISES", "4 PLACE DE LA REPUBLIQUE", "67000 STRASBOURG")),
                new Expected("DDFIP-67-2024-12", 1, List.of("MADAME JULIE SCHMITT",
                        "12 RUE DU VIEUX-MARCHE-AUX-POISSONS", "67000 STRASBOURG")));
    }

    @Test
    void aCairoAnnexIsAcceptedAndPrintedAfterEveryLetter() throws Exception {
        CharterAnalyzer.AnnexReport annex = analyzer.analyseAnnex(fixture("cairo-annex.pdf"));
        assertTrue(annex.accepted(), annex.refusal());
        assertEquals(1, annex.pages());
        assertEquals(List.of(), annex.warnings());

        CharterReport report = analyzer.analyse(fixture("ghostscript-isolatin1.pdf"), "FILE-REF",
                Annexes.NONE.plus(annex.pages(), annex.warnings()));
        assertEquals(List.of(3, 2, 3), report.letters().stream().map(l -> l.facts().pages()).toList());
        assertTrue(report.letters().stream().allMatch(LetterReport::accepted));
    }

    @Test
    void aRegisteredLetterWrittenByCairoReadsItsRegisteredAddressThroughItsTypography() throws Exception {
        RegisteredLetter registered = new RegisteredLetter(List.of("MONSIEUR ET MADAME BERNARD", "LIEUDIT LE MOULIN",
                "21000 DIJON"));
        CharterReport report = analyzer.analyse(fixture("cairo-mono-letter.pdf"), "FILE-REF", Annexes.NONE,
                registered);
        assertTrue(report.letters().get(0).accepted(), report.letters().get(0).refusal());
        CharterReport three = analyzer.analyse(fixture("cairo-three-letters.pdf"), "FILE-REF", Annexes.NONE,
                registered);
        assertTrue(three.fileRefusal().startsWith("[REC-001]"), three.fileRefusal());
    }

    @Test
    void theFixturesHoldTheCharactersTheyAreMadeFor() throws Exception {
        assertHolds("ghostscript-isolatin1.pdf", "\u2212", "\u2019");
        assertHolds("ghostscript-standard.pdf", "\u00A0");
        assertHolds("cairo-three-letters.pdf", "\u2011", "\u200B", "\u00AD", "\u2012", "\u2013", "\u00A0", "\u202F",
                "\u2010", "\t");
        assertHolds("cairo-mono-letter.pdf", "\u2009", "\u2060");
        assertHolds("reportlab-two-letters.pdf", "\u2011", "\uFF0D", "\uFEFF");
    }

    /** Guards the fixtures when they are made again: a producer that stops writing these would test nothing. */
    private void assertHolds(String fixture, String... characters) throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(fixture(fixture).toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        for (String character : characters) {
            assertTrue(text.contains(character), fixture + " holds U+" + Integer.toHexString(character.charAt(0)));
        }
    }

    private void assertLetters(String fixture, Expected... expected) throws IOException {
        Path file = fixture(fixture);
        CharterReport report = analyzer.analyse(file, "FILE-REF");
        assertFalse(report.fileRefused(), report.fileRefusal());
        List<LetterReport> letters = report.letters();
        assertEquals(List.of(expected).stream().map(Expected::reference).toList(),
                letters.stream().map(LetterReport::businessRef).toList(), "the letters found, by reference");
        assertEquals(List.of(expected).stream().map(Expected::pages).toList(),
                letters.stream().map(l -> l.facts().pages()).toList(), "the pages of each letter");
        for (LetterReport letter : letters) {
            assertTrue(letter.accepted(), letter.businessRef() + ": " + letter.refusal());
            assertEquals(null, letter.warning(), letter.businessRef());
        }
        List<PageRead> pages = read(file);
        for (int i = 0; i < letters.size(); i++) {
            assertEquals(expected[i].address(), pages.get(letters.get(i).firstPage() - 1).windowLines(),
                    "the address of " + expected[i].reference());
        }
    }

    /** Each page as the analysis reads it, for the address lines the letter report does not carry. */
    private static List<PageRead> read(Path file) throws IOException {
        List<PageRead> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            new LetterTextPass(CharterSettings.defaults(), WorkBudget.startingNow(WorkLimits.DEFAULTS),
                    new StructureChecks(), pages::add).run(document);
        }
        return pages;
    }

    /** A copy in the test's own directory, where the analysis puts its scratch files. */
    private Path fixture(String name) throws IOException {
        try (InputStream in = ProducersTest.class.getResourceAsStream("/producers/" + name)) {
            Path copy = dir.resolve(name);
            Files.copy(in, copy);
            return copy;
        }
    }
}
