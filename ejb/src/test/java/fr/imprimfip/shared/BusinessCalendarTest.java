package fr.imprimfip.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    @Test
    void aBillingYearStartsAtMidnightInParis() {
        assertEquals(Instant.parse("2025-12-31T23:00:00Z"), BusinessCalendar.startOfYear(2026));
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"), BusinessCalendar.endOfYear(2026));
    }

    @Test
    void monthsFollowParisTimeAcrossDaylightSaving() {
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), BusinessCalendar.startOfMonth(2026, 4), "summer time");
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"), BusinessCalendar.startOfMonth(2026, 12), "winter time");
        Instant lastSecondOfTheYearInParis = Instant.parse("2026-12-31T22:59:59Z");
        Instant sameUtcDayButNextYearInParis = Instant.parse("2026-12-31T23:30:00Z");
        assertEquals(true, lastSecondOfTheYearInParis.isBefore(BusinessCalendar.endOfYear(2026)));
        assertEquals(false, sameUtcDayButNextYearInParis.isBefore(BusinessCalendar.endOfYear(2026)));
    }

    @Test
    void v1DatesCarryTheParisOffset() {
        assertEquals("2021-06-16T18:52:12+02:00", BusinessCalendar.v1Format(Instant.parse("2021-06-16T16:52:12Z")));
        assertEquals("2026-01-15T10:00:00+01:00", BusinessCalendar.v1Format(Instant.parse("2026-01-15T09:00:00Z")));
        assertEquals(null, BusinessCalendar.v1Format(null));
    }
}
