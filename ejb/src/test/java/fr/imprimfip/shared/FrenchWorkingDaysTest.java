package fr.imprimfip.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchWorkingDaysTest {

    /** Easter Sundays published by the calendars (including the extreme dates of the Gregorian computus). */
    @ParameterizedTest
    @CsvSource({"1818, 1818-03-22", "1943, 1943-04-25", "2000, 2000-04-23", "2019, 2019-04-21",
            "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
            "2029, 2029-04-01", "2030, 2030-04-21", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayIsComputed(int year, LocalDate easter) {
        assertEquals(easter, FrenchWorkingDays.easterSunday(year));
        assertEquals(DayOfWeek.SUNDAY, FrenchWorkingDays.easterSunday(year).getDayOfWeek());
    }

    @Test
    void theElevenPublicHolidaysOf2026() {
        assertEquals(Set.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-06"),
                LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-08"), LocalDate.parse("2026-05-14"),
                LocalDate.parse("2026-05-25"), LocalDate.parse("2026-07-14"), LocalDate.parse("2026-08-15"),
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-11"), LocalDate.parse("2026-12-25")),
                FrenchWorkingDays.publicHolidays(2026));
    }

    @Test
    void movableHolidaysFollowEasterEveryYear() {
        // Easter Monday, Ascension, Whit Monday as the official calendars give them
        for (List<String> year : List.of(List.of("2025-04-21", "2025-05-29", "2025-06-09"),
                List.of("2027-03-29", "2027-05-06", "2027-05-17"), List.of("2028-04-17", "2028-05-25", "2028-06-05"),
                List.of("2029-04-02", "2029-05-10", "2029-05-21"))) {
            for (String day : year) {
                assertTrue(FrenchWorkingDays.isPublicHoliday(LocalDate.parse(day)), day);
                assertFalse(FrenchWorkingDays.isWorkingDay(LocalDate.parse(day)), day);
            }
            assertEquals(11, FrenchWorkingDays.publicHolidays(LocalDate.parse(year.get(0)).getYear()).size());
        }
        assertFalse(FrenchWorkingDays.isPublicHoliday(LocalDate.parse("2027-04-06")), "2026's Easter Monday date");
        assertTrue(FrenchWorkingDays.isWorkingDay(LocalDate.parse("2027-04-06")));
    }

    @Test
    void weekendsAreNoWorkingDays() {
        assertFalse(FrenchWorkingDays.isWorkingDay(LocalDate.parse("2026-12-05")), "a Saturday");
        assertFalse(FrenchWorkingDays.isWorkingDay(LocalDate.parse("2026-12-06")), "a Sunday");
        assertTrue(FrenchWorkingDays.isWorkingDay(LocalDate.parse("2026-12-04")), "a Friday");
    }

    @Test
    void workingDaysAreCountedPastWeekendsAndHolidays() {
        // Friday 4 December 2026: 14 working days later is Thursday 24 December
        assertEquals(LocalDate.parse("2026-12-24"), FrenchWorkingDays.plusWorkingDays(LocalDate.parse("2026-12-04"), 14));
        // over Christmas and New Year's Day: 24 Dec (Thu) + 7 = 6 Jan 2027 (25 Dec and 1 Jan skipped)
        assertEquals(LocalDate.parse("2027-01-06"), FrenchWorkingDays.plusWorkingDays(LocalDate.parse("2026-12-24"), 7));
        // over Easter 2027 (Monday 29 March): Friday 26 March + 1 = Tuesday 30 March
        assertEquals(LocalDate.parse("2027-03-30"), FrenchWorkingDays.plusWorkingDays(LocalDate.parse("2027-03-26"), 1));
        // May 2026: 1 May (Fri), 8 May (Fri), 14 May (Ascension), 25 May (Whit Monday)
        assertEquals(LocalDate.parse("2026-05-26"), FrenchWorkingDays.plusWorkingDays(LocalDate.parse("2026-04-30"), 14));
        assertEquals(LocalDate.parse("2026-12-04"), FrenchWorkingDays.plusWorkingDays(LocalDate.parse("2026-12-04"), 0));
        assertThrows(IllegalArgumentException.class,
                () -> FrenchWorkingDays.plusWorkingDays(LocalDate.parse("2026-12-04"), -1));
    }

    @Test
    void workingDaysBetweenExcludeBothEnds() {
        LocalDate friday = LocalDate.parse("2026-12-04");
        assertEquals(14, FrenchWorkingDays.workingDaysBetween(friday, LocalDate.parse("2026-12-25")));
        assertEquals(13, FrenchWorkingDays.workingDaysBetween(friday, LocalDate.parse("2026-12-24")));
        assertEquals(0, FrenchWorkingDays.workingDaysBetween(friday, LocalDate.parse("2026-12-07")));
        assertEquals(0, FrenchWorkingDays.workingDaysBetween(friday, friday.minusDays(3)));
        for (int n = 0; n < 30; n++) {
            LocalDate day = FrenchWorkingDays.plusWorkingDays(friday, n);
            assertEquals(n, FrenchWorkingDays.workingDaysBetween(friday, day.plusDays(1)), "day " + day);
        }
    }
}
