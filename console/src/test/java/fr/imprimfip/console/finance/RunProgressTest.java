package fr.imprimfip.console.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.batch.JobRunView;

class RunProgressTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private static JobRunView run(String status, Instant end, long read, long written, long filtered) {
        return new JobRunView(42, "annual-billing", status, status, START, end, List.of(
                new JobRunView.Step("price-partners", status, status, read, written, filtered, 1, 0)));
    }

    @Test
    void aRunningRunShowsItsShareOfPartnersReadBelowAHundred() {
        RunProgress progress = RunProgress.of(run("STARTED", null, 40, 30, 10), 80, "node-a",
                START.plusSeconds(75));
        assertEquals(50, progress.percent());
        assertEquals(40, progress.read());
        assertEquals(30, progress.written());
        assertEquals(10, progress.filtered());
        assertEquals("1 min 15 s", progress.elapsed());
        assertEquals("node-a", progress.node());
        assertEquals("En cours", progress.status().label());
        assertFalse(progress.finished());
        assertFalse(progress.failed());
        assertEquals(99, RunProgress.percent("STARTED", 80, 80), "100 % only once completed");
        assertEquals(0, RunProgress.percent("STARTING", 0, 0));
    }

    @Test
    void aCompletedRunIsAtAHundredAndItsTimeStops() {
        RunProgress progress = RunProgress.of(run("COMPLETED", START.plusSeconds(4), 3, 2, 1), 3, null,
                START.plusSeconds(600));
        assertEquals(100, progress.percent());
        assertEquals("4 s", progress.elapsed());
        assertEquals("", progress.node());
        assertTrue(progress.finished());
        assertFalse(progress.failed());
    }

    @Test
    void aFailedRunMayBeRestarted() {
        RunProgress progress = RunProgress.of(run("FAILED", START.plusSeconds(2), 20, 19, 0), 40, null,
                START.plusSeconds(5));
        assertTrue(progress.failed());
        assertEquals(50, progress.percent());
        assertEquals("En échec", progress.status().label());
        assertTrue(RunProgress.restartable("STOPPED"));
        assertFalse(RunProgress.restartable("COMPLETED"));
    }

    @Test
    void elapsedTimeIsWrittenForReading() {
        assertEquals("0 s", RunProgress.elapsed(Duration.ofMillis(300)));
        assertEquals("2 min 05 s", RunProgress.elapsed(Duration.ofSeconds(125)));
        assertEquals("1 h 02 min", RunProgress.elapsed(Duration.ofMinutes(62)));
    }
}
