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
    void v1DatesCarryTheParisOffset() {
        assertEquals("2021-06-16T18:52:12+02:00", BusinessCalendar.v1Format(Instant.parse("2021-06-16T16:52:12Z")));
        assertEquals("2026-01-15T10:00:00+01:00", BusinessCalendar.v1Format(Instant.parse("2026-01-15T09:00:00Z")));
        assertEquals(null, BusinessCalendar.v1Format(null));
    }
}
