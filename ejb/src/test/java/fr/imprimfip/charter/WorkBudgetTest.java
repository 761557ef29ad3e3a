package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.imprimfip.testing.HostilePdfs;
import fr.imprimfip.testing.LetterPdfs;

/**
 * A file built to cost hours (one heavy content stream shared by thousands of pages, each under the per-page
 * limit) is refused with its rule within its budget, whichever limit it meets first, and a cancelled analysis stops.
 */
class WorkBudgetTest {

    @TempDir
    static Path dir;

    private static Path heavy;

    @BeforeAll
    static void craft() throws Exception {
        heavy = Files.write(dir.resolve("lourd.pdf"), HostilePdfs.sharedHeavyStream(5_000, 1_900_000));
    }

    @Test
    void theOperatorsOfTheWholeFileAreCounted() {
        WorkLimits limits = new WorkLimits(2_000_000, 20_000_000, 150_000_000, Duration.ofMinutes(5));
        long started = System.nanoTime();
        CharterReport report = analyser(limits).analyse(heavy, "F");
        assertRefusedWith(report, "STR-008");
        assertTrue(report.fileRefusal().contains("20000000 opérations"), report.fileRefusal());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 60, "refused at once");
    }

    @Test
    void aFileStillReadAtItsDeadlineIsRefusedThen() {
        Duration deadline = Duration.ofMillis(500);
        long started = System.nanoTime();
        CharterReport report = analyser(WorkLimits.DEFAULTS.withDeadline(deadline)).analyse(heavy, "F");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertRefusedWith(report, "STR-011");
        assertTrue(took.compareTo(deadline.plusSeconds(5)) < 0, "refused soon after its deadline: " + took);
    }

    @Test
    void theGlyphsOfTheWholeFileAreCounted() throws Exception {
        Path letters = Files.write(dir.resolve("lettres.pdf"), LetterPdfs.conformingLetter(80));
        WorkLimits limits = new WorkLimits(2_000_000, 250_000_000, 500, Duration.ofMinutes(5));
        CharterReport report = analyser(limits).analyse(letters, "F");
        assertRefusedWith(report, "STR-008");
        assertTrue(report.fileRefusal().contains("caractères"), report.fileRefusal());
        assertFalse(new CharterAnalyzer(CharterSettings.defaults()).analyse(letters, "F").fileRefused(),
                "the same file is accepted under the default limits");
    }

    @Test
    void aCancelledAnalysisStopsAndLeavesItsThreadUninterrupted() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Boolean> interruptedAfter = new CompletableFuture<>();
            Future<CharterReport> analysis = thread.submit(() -> {
                CharterReport report = analyser(WorkLimits.DEFAULTS).analyse(heavy, "F");
                interruptedAfter.complete(Thread.currentThread().isInterrupted());
                return report;
            });
            Thread.sleep(500);
            thread.shutdownNow(); // interrupts the analysing thread, as the scheduler's cancellation does
            CharterReport report = analysis.get(30, TimeUnit.SECONDS);
            assertRefusedWith(report, "STR-011");
            assertFalse(interruptedAfter.get(), "the thread goes on to record the refusal");
        } finally {
            thread.shutdownNow();
        }
    }

    private static CharterAnalyzer analyser(WorkLimits limits) {
        return new CharterAnalyzer(CharterSettings.defaults().withWorkLimits(limits));
    }

    private static void assertRefusedWith(CharterReport report, String code) {
        assertTrue(report.fileRefused(), "refused: " + report);
        assertEquals(code, report.fileFindings().get(0).rule().code(), report.fileRefusal());
    }
}
