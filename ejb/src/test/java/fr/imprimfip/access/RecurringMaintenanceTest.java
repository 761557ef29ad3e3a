package fr.imprimfip.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.BusinessCalendar;

class RecurringMaintenanceTest {

    @Test
    void aNightlyWindowIsOpenFromItsStartToItsEndParisTime() {
        RecurringMaintenance nightly = RecurringMaintenance.parse("02:00-04:00");
        assertEquals(Optional.of(paris("2026-11-27T04:00")), nightly.endIfInside(paris("2026-11-27T02:00")));
        assertEquals(Optional.of(paris("2026-11-27T04:00")), nightly.endIfInside(paris("2026-11-27T03:59")));
        assertTrue(nightly.endIfInside(paris("2026-11-27T04:00")).isEmpty());
        assertTrue(nightly.endIfInside(paris("2026-11-27T01:59")).isEmpty());
        assertTrue(nightly.endIfInside(paris("2026-11-27T14:00")).isEmpty());
    }

    @Test
    void aWindowMayCrossMidnight() {
        RecurringMaintenance late = RecurringMaintenance.parse("23:30-01:00");
        assertEquals(Optional.of(paris("2026-11-28T01:00")), late.endIfInside(paris("2026-11-27T23:45")));
        assertEquals(Optional.of(paris("2026-11-28T01:00")), late.endIfInside(paris("2026-11-28T00:30")));
        assertTrue(late.endIfInside(paris("2026-11-28T01:00")).isEmpty());
    }

    @Test
    void theWindowFollowsParisTimeAcrossTheClockChange() {
        RecurringMaintenance nightly = RecurringMaintenance.parse("02:00-04:00");
        // 29 March 2026: at 02:00 Paris time clocks jump to 03:00; the window is then one hour long
        assertEquals(Optional.of(Instant.parse("2026-03-29T02:00:00Z")),
                nightly.endIfInside(Instant.parse("2026-03-29T01:30:00Z")));
    }

    @Test
    void nightlyMaintenanceLastsAtMostTwoHoursAndIsWrittenPlainly() {
        assertThrows(IllegalArgumentException.class, () -> RecurringMaintenance.parse("01:00-03:01"));
        assertThrows(IllegalArgumentException.class, () -> RecurringMaintenance.parse("2h-4h"));
        assertThrows(IllegalArgumentException.class, () -> RecurringMaintenance.parse("02:00"));
        assertTrue(RecurringMaintenance.parse("none").endIfInside(paris("2026-11-27T03:00")).isEmpty());
        assertTrue(RecurringMaintenance.parse("").endIfInside(paris("2026-11-27T03:00")).isEmpty());
    }

    @Test
    void nightlyMaintenanceFallsBetweenElevenPmAndSixAm() {
        for (String inside : new String[] {"23:00-01:00", "04:00-06:00", "00:30-02:00", "23:59-00:01", "05:00-06:00"}) {
            assertEquals(inside, RecurringMaintenance.parse(inside).toString());
        }
        for (String outside : new String[] {"22:59-00:30", "05:00-06:01", "12:00-13:00", "06:00-07:00",
                "22:00-23:00", "05:59-07:00"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> RecurringMaintenance.parse(outside));
            assertTrue(refused.getMessage().contains("23:00 and 6:00"), outside + ": " + refused.getMessage());
        }
    }

    @Test
    void anAnnouncedWindowIsBoundedAndCanBeCancelled() {
        Instant now = paris("2026-11-27T10:00");
        String urgent = "Correctif de sécurité";
        assertThrows(IllegalArgumentException.class, () -> MaintenanceWindow.announce(now, now.minusSeconds(1), "x",
                null, MaintenanceUrgency.URGENT, urgent, "admin", now));
        assertThrows(IllegalArgumentException.class, () -> MaintenanceWindow.announce(now, now.plusSeconds(90_000),
                "x", null, MaintenanceUrgency.URGENT, urgent, "admin", now), "at most 24 hours");
        assertThrows(IllegalArgumentException.class, () -> MaintenanceWindow.announce(now, now.plusSeconds(60), " ",
                null, MaintenanceUrgency.URGENT, urgent, "admin", now), "a reason is required");
        MaintenanceWindow window = MaintenanceWindow.announce(now, now.plusSeconds(600), "Montée de version", null,
                MaintenanceUrgency.URGENT, urgent, "admin", now);
        assertTrue(window.covers(now.plusSeconds(10)));
        window.cancel(now.plusSeconds(20));
        assertTrue(!window.covers(now.plusSeconds(30)));
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(BusinessCalendar.PARIS).toInstant();
    }
}
