package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The charter analysis' contract, whatever the bytes: a report, never an exception, within its work budget, with
 * descriptions that fit the status columns. In a normal build the seeds of {@code CharterFuzzTestInputs} (fixtures
 * of each producer, hostile files, and every crash found so far) are replayed; the {@code fuzz} profile mutates them
 * for a fixed time.
 */
class CharterFuzzTest {

    /** Short, so that a file holding the analysis shows as a refusal for time within the fuzzer's patience. */
    static final Duration DEADLINE = Duration.ofSeconds(5);

    /** Past the deadline, the time the analysis may take to notice it and close the document. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private static final CharterAnalyzer ANALYZER = new CharterAnalyzer(
            CharterSettings.defaults().withWorkLimits(WorkLimits.DEFAULTS.withDeadline(DEADLINE)));

    private static Path directory;

    @BeforeAll
    static void createDirectory() throws IOException {
        directory = Files.createTempDirectory("charter-fuzz");
    }

    @AfterAll
    static void deleteDirectory() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }

    /** The JUnit timeout is also the fuzzer's: an input past it is reported as a hang. */
    @FuzzTest
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void analysisKeepsItsContract(byte[] bytes) throws IOException {
        Path file = directory.resolve("deposit.pdf");
        Files.write(file, bytes);
        // an annex is read by the same analysis then summed differently: half the inputs, chosen by their bytes
        // alone so that a crash replays from its file
        if (bytes.length % 2 == 1) {
            assertAnnexContract(file);
        } else {
            assertFileContract(file, bytes);
        }
    }

    private static void assertFileContract(Path file, byte[] bytes) {
        long start = System.nanoTime();
        CharterReport report = ANALYZER.analyse(file, "FUZZ");
        assertWithinBudget(start);
        assertNotNull(report);
        assertFits(report.fileRefusal());
        if (report.fileRefused()) {
            assertTrue(report.letters().isEmpty(), "a refused file has no letter");
            return;
        }
        int nextPage = 1;
        for (LetterReport letter : report.letters()) {
            assertFits(letter.refusal());
            assertFits(letter.warning());
            assertEquals(nextPage, letter.firstPage(), "letters follow each other");
            nextPage += letter.facts().pages();
        }
        assertEquals(pageCount(bytes), nextPage - 1, "the letters' pages are the file's pages");
    }

    private static void assertAnnexContract(Path file) {
        long start = System.nanoTime();
        CharterAnalyzer.AnnexReport annex = ANALYZER.analyseAnnex(file);
        assertWithinBudget(start);
        assertNotNull(annex);
        assertFits(annex.refusal());
        assertTrue(annex.pages() >= 0, "an annex has no negative page count");
    }

    private static void assertWithinBudget(long start) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(DEADLINE.plus(GRACE)) <= 0, "the analysis took " + took);
    }

    private static void assertFits(String description) {
        assertTrue(description == null || description.length() <= FindingsText.MAX_LENGTH,
                () -> description.length() + " characters: " + description.substring(0, 80) + "…");
    }

    /** Read by PDFBox alone: the analysis accepted the file, so it opens. */
    private static int pageCount(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
