package fr.imprimfip.console.finance;

import java.time.Duration;
import java.time.Instant;

import fr.imprimfip.batch.JobRunView;
import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;

/**
 * Where a billing run stands, as its progress bar shows it: the partners read, written (a draft statement computed)
 * and filtered (no tariff for the year, or statement already issued) out of every partner, the time elapsed since it
 * started and the node running it. Only a completed run reaches 100 %; the counts move at each committed chunk.
 */
public record RunProgress(long executionId, String batchStatus, Badge status, long read, long written, long filtered,
                          long partners, int percent, String elapsed, String node, String startedAt, boolean finished,
                          boolean restartable) {

    static RunProgress of(JobRunView run, long partners, String node, Instant now) {
        long read = run.steps().stream().mapToLong(JobRunView.Step::readCount).sum();
        long written = run.steps().stream().mapToLong(JobRunView.Step::writeCount).sum();
        long filtered = run.steps().stream().mapToLong(JobRunView.Step::filterCount).sum();
        String status = run.batchStatus();
        Instant end = run.endedAt() != null ? run.endedAt() : now;
        Duration elapsed = run.startedAt() == null ? Duration.ZERO : Duration.between(run.startedAt(), end);
        return new RunProgress(run.executionId(), status, Badge.ofRun(status), read, written, filtered, partners,
                percent(status, read, partners), elapsed(elapsed), node == null ? "" : node,
                FrenchFormats.instant(run.startedAt()), run.finished(), restartable(status));
    }

    /** 100 once completed; before, the share of partners read, kept below 100. */
    static int percent(String status, long read, long partners) {
        if ("COMPLETED".equals(status)) {
            return 100;
        }
        if (partners <= 0) {
            return 0;
        }
        return (int) Math.min(99, read * 100 / partners);
    }

    /** A failed, stopped or abandoned run may be restarted from its last committed chunk. */
    static boolean restartable(String status) {
        return switch (status) {
            case "FAILED", "STOPPED", "ABANDONED" -> true;
            default -> false;
        };
    }

    /** "4 s", "2 min 05 s", "1 h 02 min". */
    static String elapsed(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + String.format("%02d", seconds % 60) + " s";
        }
        return seconds / 3600 + " h " + String.format("%02d", seconds % 3600 / 60) + " min";
    }

    public boolean failed() {
        return restartable;
    }
}
