package fr.imprimfip.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.availability.AvailabilityMeasure.Incident;
import fr.imprimfip.availability.AvailabilityMeasure.MonthlyAvailability;

class AvailabilityMeasureTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final long MINUTE = 60;

    @Test
    void aMonthIsReadAsTheAdminApiAndConsoleWriteIt() {
        assertEquals(YearMonth.of(2026, 2), AvailabilityMeasure.month(" 2026-02 ").orElseThrow());
        for (String unreadable : new String[] {null, "", "2026-13", "2026-2", "02-2026", "1999-12", "3000-01",
                "+12026-01", "2026-01-01", "2026\u201301"}) {
            assertTrue(AvailabilityMeasure.month(unreadable).isEmpty(), String.valueOf(unreadable));
        }
    }

    @Test
    void aMonthProbedSuccessfullyEverySlotIsFullyAvailable() {
        MonthlyAvailability measure = measure(NOVEMBER, MINUTE, List.of());
        assertEquals(paris("2026-11-01T00:00"), measure.monthStart());
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), measure.monthStart(), "the month starts at Paris midnight");
        assertEquals(paris("2026-12-01T00:00"), measure.monthEnd());
        assertEquals(30 * 86_400, measure.opening().measuredSeconds());
        assertEquals(30 * 13 * 3_600, measure.coverage().measuredSeconds());
        assertEquals(new BigDecimal("100.00"), measure.opening().rate());
        assertTrue(measure.opening().met());
        assertTrue(measure.opening().incidents().isEmpty());
        assertEquals(0, measure.opening().longestOutageSeconds());
    }

    @Test
    void anOutageInTheCoverageRangeIsAnIncidentOfBothRanges() {
        MonthlyAvailability measure = measure(NOVEMBER, MINUTE,
                List.<Instant[]>of(new Instant[] {paris("2026-11-05T10:00"), paris("2026-11-05T10:30")}));
        Incident expected = new Incident(paris("2026-11-05T10:00"), paris("2026-11-05T10:30"), 1_800, false);
        assertEquals(List.of(expected), measure.opening().incidents());
        assertEquals(List.of(expected), measure.coverage().incidents());
        assertEquals(30 * 86_400 - 1_800, measure.opening().availableSeconds());
        assertEquals(new BigDecimal("99.93"), measure.opening().rate(), "1,800 s of 2,592,000 s down: 99.9305 %");
        assertEquals(1_800, measure.coverage().longestOutageSeconds());
    }

    @Test
    void aNightlyMaintenanceCountsInTheOpeningRangeOnlyAndItsLongestOutageIsTold() {
        MonthlyAvailability measure = measure(NOVEMBER, MINUTE, List.<Instant[]>of(
                new Instant[] {paris("2026-11-10T02:00"), paris("2026-11-10T04:00")},
                new Instant[] {paris("2026-11-11T02:00"), paris("2026-11-11T02:45")}));
        assertEquals(2, measure.opening().incidents().size());
        assertEquals(7_200, measure.opening().longestOutageSeconds());
        assertEquals(30 * 86_400 - 7_200 - 2_700, measure.opening().availableSeconds(), "planned outages count too");
        assertTrue(measure.coverage().incidents().isEmpty());
        assertEquals(new BigDecimal("100.00"), measure.coverage().rate());
    }

    @Test
    void anOutageAcrossTheEndOfCoverageIsCutAtEightPmInTheCoverageRange() {
        MonthlyAvailability measure = measure(NOVEMBER, MINUTE,
                List.<Instant[]>of(new Instant[] {paris("2026-11-20T19:30"), paris("2026-11-20T20:30")}));
        assertEquals(List.of(new Incident(paris("2026-11-20T19:30"), paris("2026-11-20T20:30"), 3_600, false)),
                measure.opening().incidents());
        assertEquals(List.of(new Incident(paris("2026-11-20T19:30"), paris("2026-11-20T20:00"), 1_800, false)),
                measure.coverage().incidents());
    }

    @Test
    void anOutageAcrossMidnightOfTheMonthsEndBelongsToEachMonthForItsPart() {
        List<Instant[]> outage = List.<Instant[]>of(
                new Instant[] {paris("2026-11-30T23:30"), paris("2026-12-01T00:20")});
        MonthlyAvailability november = measure(NOVEMBER, MINUTE, outage);
        assertEquals(List.of(new Incident(paris("2026-11-30T23:30"), paris("2026-12-01T00:00"), 1_800, false)),
                november.opening().incidents());
        MonthlyAvailability december = measure(YearMonth.of(2026, 12), MINUTE, outage);
        assertEquals(List.of(new Incident(paris("2026-12-01T00:00"), paris("2026-12-01T00:20"), 1_200, false)),
                december.opening().incidents());
        assertEquals(31 * 86_400, december.opening().measuredSeconds());
    }

    @Test
    void theMonthsOfTheClockChangesHaveOneHourMoreOrLessOfOpeningAndTheSameDailyCoverage() {
        MonthlyAvailability october = measure(YearMonth.of(2026, 10), MINUTE, List.of());
        assertEquals(745 * 3_600, october.opening().measuredSeconds(), "25 October 2026 has 25 hours");
        assertEquals(31 * 13 * 3_600, october.coverage().measuredSeconds());
        MonthlyAvailability march = measure(YearMonth.of(2026, 3), MINUTE, List.of());
        assertEquals(743 * 3_600, march.opening().measuredSeconds(), "29 March 2026 has 23 hours");
        assertEquals(31 * 13 * 3_600, march.coverage().measuredSeconds());
    }

    @Test
    void anOutageDuringTheRepeatedHourOfOctoberLastsItsRealDuration() {
        // 25 October 2026: 02:00-03:00 Paris happens twice, first at +02:00 (00:00Z) then at +01:00 (01:00Z)
        MonthlyAvailability october = measure(YearMonth.of(2026, 10), MINUTE,
                List.<Instant[]>of(new Instant[] {Instant.parse("2026-10-25T00:30:00Z"),
                    Instant.parse("2026-10-25T01:30:00Z")}));
        assertEquals(3_600, october.opening().longestOutageSeconds());
        assertEquals(new Incident(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"),
                3_600, false), october.opening().incidents().get(0));
        MonthlyAvailability march = measure(YearMonth.of(2026, 3), MINUTE,
                List.<Instant[]>of(new Instant[] {paris("2026-03-29T06:30"), paris("2026-03-29T07:30")}));
        assertEquals(1_800, march.coverage().longestOutageSeconds(), "coverage starts at 7:00 summer time");
    }

    @Test
    void onlyWholeSlotsSinceTheFirstProbeAndBeforeNowAreMeasuredAndAnOutageReachingNowIsOngoing() {
        Instant since = paris("2026-11-10T12:00:20");
        Instant now = paris("2026-11-10T15:00:30");
        List<Instant> probes = new ArrayList<>();
        for (Instant t = since; t.isBefore(paris("2026-11-10T14:50")); t = t.plusSeconds(MINUTE)) {
            probes.add(t);
        }
        MonthlyAvailability measure = AvailabilityMeasure.measure(NOVEMBER, MINUTE, since, now, probes);
        assertEquals(paris("2026-11-10T12:00"), measure.measuredFrom());
        assertEquals(paris("2026-11-10T15:00"), measure.measuredTo(), "the slot in progress is not measured");
        assertEquals(3 * 3_600, measure.opening().measuredSeconds());
        assertEquals(List.of(new Incident(paris("2026-11-10T14:50"), paris("2026-11-10T15:00"), 600, true)),
                measure.opening().incidents());
    }

    @Test
    void nothingMeasuredBeforeTheFirstProbe() {
        MonthlyAvailability measure = AvailabilityMeasure.measure(NOVEMBER, MINUTE, null,
                paris("2026-11-10T15:00"), List.of());
        assertEquals(0, measure.opening().measuredSeconds());
        assertNull(measure.opening().rate());
        assertNull(measure.opening().met());
        assertNull(measure.measuredFrom());
        MonthlyAvailability future = AvailabilityMeasure.measure(YearMonth.of(2027, 1), MINUTE,
                paris("2026-11-01T00:00"), paris("2026-11-10T15:00"), List.of());
        assertEquals(0, future.coverage().measuredSeconds());
        assertTrue(future.opening().incidents().isEmpty());
    }

    @Test
    void theCommitmentIsMetFromExactly9716SlotsOutOf10000() {
        Instant start = paris("2026-11-01T00:00");
        Instant now = start.plusSeconds(10_000 * MINUTE);
        MonthlyAvailability exactly = AvailabilityMeasure.measure(NOVEMBER, MINUTE, start, now, upExcept(start, now,
                List.<Instant[]>of(new Instant[] {start, start.plusSeconds(284 * MINUTE)})));
        assertEquals(new BigDecimal("97.16"), exactly.opening().rate());
        assertTrue(exactly.opening().met());
        MonthlyAvailability below = AvailabilityMeasure.measure(NOVEMBER, MINUTE, start, now, upExcept(start, now,
                List.<Instant[]>of(new Instant[] {start, start.plusSeconds(285 * MINUTE)})));
        assertEquals(new BigDecimal("97.15"), below.opening().rate());
        assertFalse(below.opening().met());
        assertEquals(AvailabilityMeasure.TARGET, below.opening().target());
    }

    @Test
    void aSlotIsAvailableWhenAnyNodesProbeSucceededInIt() {
        Instant start = paris("2026-11-01T00:00");
        Instant now = start.plusSeconds(4 * 10);
        // node A succeeds in slots 0 and 1 only, node B in slots 1 and 2: slot 3 alone is down
        List<Instant> succeeded = List.of(start.plusSeconds(1), start.plusSeconds(12), start.plusSeconds(15),
                start.plusSeconds(29));
        MonthlyAvailability measure = AvailabilityMeasure.measure(NOVEMBER, 10, start, now, succeeded);
        assertEquals(List.of(new Incident(start.plusSeconds(30), start.plusSeconds(40), 10, true)),
                measure.opening().incidents());
    }

    @Test
    void theProbesPeriodMustDivideAnHour() {
        assertTrue(AvailabilityMeasure.validSlot(30));
        assertFalse(AvailabilityMeasure.validSlot(7));
        assertFalse(AvailabilityMeasure.validSlot(0));
        assertThrows(IllegalArgumentException.class,
                () -> AvailabilityMeasure.measure(NOVEMBER, 7, null, Instant.now(), List.of()));
    }

    /** The whole month measured (now after its end), probed once a slot except during {@code outages}. */
    private static MonthlyAvailability measure(YearMonth month, long slot, List<Instant[]> outages) {
        Instant start = month.atDay(1).atStartOfDay(AvailabilityMeasure.PARIS).toInstant().minusSeconds(86_400);
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(AvailabilityMeasure.PARIS).toInstant()
                .plusSeconds(86_400);
        return AvailabilityMeasure.measure(month, slot, start, end.plusSeconds(86_400),
                upExcept(start, end, outages, slot));
    }

    private static List<Instant> upExcept(Instant from, Instant to, List<Instant[]> outages) {
        return upExcept(from, to, outages, MINUTE);
    }

    private static List<Instant> upExcept(Instant from, Instant to, List<Instant[]> outages, long slot) {
        List<Instant> probes = new ArrayList<>();
        for (Instant t = from.plusSeconds(slot / 2); t.isBefore(to); t = t.plusSeconds(slot)) {
            Instant probe = t;
            if (outages.stream().noneMatch(o -> !probe.isBefore(o[0]) && probe.isBefore(o[1]))) {
                probes.add(probe);
            }
        }
        return probes;
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(AvailabilityMeasure.PARIS).toInstant();
    }
}
