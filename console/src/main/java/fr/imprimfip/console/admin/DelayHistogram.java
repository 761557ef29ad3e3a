package fr.imprimfip.console.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-over delays (deposit to "Expédié") counted by slices of 12 hours, the last slice being the letters that
 * missed the 48-hour commitment: what the production page's chart and its table show.
 */
public record DelayHistogram(List<String> labels, List<Long> counts) {

    private static final int SLICE_HOURS = 12;
    private static final int COMMITMENT_HOURS = 48;

    public static DelayHistogram of(List<Duration> delays) {
        List<String> labels = new ArrayList<>();
        long[] counts = new long[COMMITMENT_HOURS / SLICE_HOURS + 1];
        for (int from = 0; from < COMMITMENT_HOURS; from += SLICE_HOURS) {
            labels.add(from + " à " + (from + SLICE_HOURS) + " h");
        }
        labels.add("plus de " + COMMITMENT_HOURS + " h");
        for (Duration delay : delays) {
            long hours = Math.max(0, delay.toSeconds()) / 3600;
            counts[(int) Math.min(counts.length - 1, hours / SLICE_HOURS)]++;
        }
        List<Long> values = new ArrayList<>();
        for (long count : counts) {
            values.add(count);
        }
        return new DelayHistogram(List.copyOf(labels), List.copyOf(values));
    }

    public long total() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
