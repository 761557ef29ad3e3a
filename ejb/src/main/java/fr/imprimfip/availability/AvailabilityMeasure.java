package fr.imprimfip.availability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A month's availability measured from the probes (CGU §11). The month, in Paris time, is cut into slots of the
 * probes' period starting at its first midnight; a slot is available when at least one probe of any node succeeded
 * in it, and unavailable otherwise, whether a maintenance was planned or not, and whether the probe failed or no
 * node probed at all. Only whole slots between the first probe ever recorded and the slot in progress are measured.
 * The opening range is the whole day (0:00-24:00); the coverage range is 7:00-20:00 Paris time, each day whatever
 * its length (the days of the clock changes have 23 or 25 hours of opening range and 13 hours of coverage).
 * The rate is rounded down to the hundredth, and the commitment of 97.16 % is met only when the exact rate reaches it.
 */
public final class AvailabilityMeasure {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final BigDecimal TARGET = new BigDecimal("97.16");
    public static final LocalTime COVERAGE_START = LocalTime.of(7, 0);
    public static final LocalTime COVERAGE_END = LocalTime.of(20, 0);
    private static final long TARGET_BASIS_POINTS = 9716;

    private AvailabilityMeasure() {
    }

    /** A month the report measures, written {@code AAAA-MM} (years 2000 to 2999); empty otherwise. */
    public static Optional<YearMonth> month(String written) {
        try {
            YearMonth month = YearMonth.parse(written == null ? "" : written.strip());
            return month.getYear() >= 2000 && month.getYear() <= 2999 ? Optional.of(month) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The period of the probes must divide an hour, so that slots never straddle the coverage range's limits. */
    public static boolean validSlot(long seconds) {
        return seconds >= 1 && seconds <= 3600 && 3600 % seconds == 0;
    }

    /**
     * Measures {@code month}.
     *
     * @param slotSeconds   the probes' period, dividing an hour
     * @param measuredSince the first probe ever recorded, or null when none was
     * @param now           the slot in progress and later ones are not measured
     * @param succeeded     the times of the successful probes (any node, any order, others ignored)
     */
    public static MonthlyAvailability measure(YearMonth month, long slotSeconds, Instant measuredSince, Instant now,
                                              Collection<Instant> succeeded) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(now, "now");
        if (!validSlot(slotSeconds)) {
            throw new IllegalArgumentException("The probes' period must divide an hour: " + slotSeconds);
        }
        Instant monthStart = month.atDay(1).atStartOfDay(PARIS).toInstant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(PARIS).toInstant();
        int slots = (int) (Duration.between(monthStart, monthEnd).toSeconds() / slotSeconds);
        int first = measuredSince == null ? slots : clamp(slotIndex(monthStart, measuredSince, slotSeconds), slots);
        int end = clamp(slotIndex(monthStart, now, slotSeconds), slots);
        BitSet available = new BitSet(slots);
        for (Instant probe : succeeded) {
            if (!probe.isBefore(monthStart) && probe.isBefore(monthEnd)) {
                available.set(slotIndex(monthStart, probe, slotSeconds));
            }
        }
        BitSet covered = coverage(month, monthStart, slots, slotSeconds);
        Slots grid = new Slots(monthStart, slotSeconds, first, Math.max(first, end), available,
                end < slots && now.isAfter(monthStart));
        Instant measuredFrom = first < end ? grid.start(first) : null;
        Instant measuredTo = first < end ? grid.start(end) : null;
        return new MonthlyAvailability(month, slotSeconds, monthStart, monthEnd, measuredFrom, measuredTo,
                grid.range("opening", null), grid.range("coverage", covered));
    }

    private static int slotIndex(Instant monthStart, Instant instant, long slotSeconds) {
        long seconds = Duration.between(monthStart, instant).toSeconds();
        return (int) Math.max(-1, Math.floorDiv(seconds, slotSeconds));
    }

    private static int clamp(int index, int slots) {
        return Math.max(0, Math.min(index, slots));
    }

    /** The slots whose start lies in a day's coverage range, 7:00-20:00 Paris time. */
    private static BitSet coverage(YearMonth month, Instant monthStart, int slots, long slotSeconds) {
        BitSet covered = new BitSet(slots);
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            int from = slotIndex(monthStart, day.atTime(COVERAGE_START).atZone(PARIS).toInstant(), slotSeconds);
            int to = slotIndex(monthStart, day.atTime(COVERAGE_END).atZone(PARIS).toInstant(), slotSeconds);
            covered.set(from, to);
        }
        return covered;
    }

    /** The measured slots [{@code first}, {@code end}) of a month and which of them were available. */
    private record Slots(Instant monthStart, long slotSeconds, int first, int end, BitSet available,
                         boolean monthInProgress) {

        Instant start(int index) {
            return monthStart.plusSeconds(index * slotSeconds);
        }

        /** The range's measure over the slots {@code inRange} selects (all of them when null). */
        RangeAvailability range(String name, BitSet inRange) {
            long measured = 0;
            long up = 0;
            List<Incident> incidents = new ArrayList<>();
            int outageStart = -1;
            for (int i = first; i < end; i++) {
                boolean counted = inRange == null || inRange.get(i);
                boolean down = counted && !available.get(i);
                if (counted) {
                    measured++;
                    up += down ? 0 : 1;
                }
                if (down && outageStart < 0) {
                    outageStart = i;
                } else if (!down && outageStart >= 0) {
                    incidents.add(incident(outageStart, i, false));
                    outageStart = -1;
                }
            }
            if (outageStart >= 0) {
                incidents.add(incident(outageStart, end, monthInProgress));
            }
            long longest = incidents.stream().mapToLong(Incident::durationSeconds).max().orElse(0);
            BigDecimal rate = measured == 0 ? null : BigDecimal.valueOf(up * 100).divide(BigDecimal.valueOf(measured),
                    2, RoundingMode.DOWN);
            Boolean met = measured == 0 ? null : up * 10_000 >= TARGET_BASIS_POINTS * measured;
            return new RangeAvailability(name, measured * slotSeconds, up * slotSeconds, rate, TARGET, met,
                    List.copyOf(incidents), longest);
        }

        private Incident incident(int from, int to, boolean ongoing) {
            return new Incident(start(from), start(to), (to - from) * slotSeconds, ongoing);
        }
    }

    /** A month's measure: its limits, what was measured of it, each range's figures. */
    public record MonthlyAvailability(YearMonth month, long slotSeconds, Instant monthStart, Instant monthEnd,
                                      Instant measuredFrom, Instant measuredTo, RangeAvailability opening,
                                      RangeAvailability coverage) {
    }

    /**
     * One range's figures: seconds measured and available, the rate in percent (null when nothing was measured),
     * whether it meets the target, its incidents in time order and the longest one's duration.
     */
    public record RangeAvailability(String range, long measuredSeconds, long availableSeconds, BigDecimal rate,
                                    BigDecimal target, Boolean met, List<Incident> incidents,
                                    long longestOutageSeconds) {
    }

    /**
     * Consecutive unavailable slots of a range: from the first one's start to the end of the last one; ongoing when
     * it reaches the slot in progress. An incident is cut at the month's limits and, in the coverage range, at 20:00.
     */
    public record Incident(Instant start, Instant end, long durationSeconds, boolean ongoing) {
    }
}
