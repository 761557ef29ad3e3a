package fr.imprimfip.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.InvalidInputException;

class MaintenanceAnnouncementTest {

    /** Friday 4 December 2026, 15:00 in Paris. */
    private static final Instant NOW = paris("2026-12-04T15:00");

    @Test
    void aNominalWindowNeeds14WorkingDaysAndAnUrgentOne7() {
        // 14 working days after Friday 4 December: Thursday 24 December; the window may start on the 25th
        assertEquals(LocalDate.parse("2026-12-25"), MaintenanceUrgency.NOMINAL.earliestStartDay(NOW));
        // 7 working days: Tuesday 15 December; the window may start on the 16th
        assertEquals(LocalDate.parse("2026-12-16"), MaintenanceUrgency.URGENT.earliestStartDay(NOW));
        assertTrue(MaintenanceUrgency.NOMINAL.noticeGiven(NOW, paris("2026-12-25T00:00")));
        assertFalse(MaintenanceUrgency.NOMINAL.noticeGiven(NOW, paris("2026-12-24T23:00")));
        // announced on a Saturday: the notice counts from the next working day all the same
        assertEquals(LocalDate.parse("2026-12-25"), MaintenanceUrgency.NOMINAL.earliestStartDay(
                paris("2026-12-05T10:00")));
        // over New Year's Day: 7 working days after Wednesday 30 December 2026 is Monday 11 January 2027
        assertEquals(LocalDate.parse("2027-01-12"), MaintenanceUrgency.URGENT.earliestStartDay(
                paris("2026-12-30T09:00")));
    }

    @Test
    void aShorterNoticeIsRefusedUnlessJustifiedAndTheJustificationIsKept() {
        Instant start = paris("2026-12-16T23:00");
        assertThrows(NoticeTooShortException.class, () -> announce(paris("2026-12-15T23:00"),
                MaintenanceUrgency.URGENT, null), "7 working days not given");
        NoticeTooShortException refused = assertThrows(NoticeTooShortException.class, () -> announce(start,
                MaintenanceUrgency.NOMINAL, null));
        assertEquals("notice-too-short", refused.problem().orElseThrow());
        assertTrue(refused.text().french().contains("14 jours ouvrés") && refused.text().french().contains("25/12/2026"),
                refused.text().french());
        assertThrows(NoticeTooShortException.class, () -> announce(start, MaintenanceUrgency.NOMINAL, "  "));
        assertThrows(InvalidInputException.class, () -> announce(start, MaintenanceUrgency.NOMINAL, "x".repeat(501)));

        MaintenanceWindow urgent = announce(start, MaintenanceUrgency.URGENT, "ignored: the notice is long enough");
        assertNull(urgent.shortNoticeJustification(), "no justification kept when none was needed");
        assertEquals(MaintenanceUrgency.URGENT, urgent.urgency());

        MaintenanceWindow justified = announce(start, MaintenanceUrgency.NOMINAL, "  Faille critique du socle  ");
        assertEquals("Faille critique du socle", justified.shortNoticeJustification());
        assertEquals(MaintenanceUrgency.NOMINAL, justified.urgency());
        assertEquals(MaintenanceKind.CHANGE, justified.kind());
    }

    @Test
    void partnersAreRemindedOnce24HoursBeforeAWindowAnnouncedEarlier() {
        Instant start = paris("2026-12-28T23:00");
        MaintenanceWindow window = announce(start, MaintenanceUrgency.NOMINAL, null);
        assertEquals(start.minus(Duration.ofHours(24)), window.reminderDueAt());
        assertFalse(window.reminderDueAt(start.minus(Duration.ofHours(25))));
        assertTrue(window.reminderDueAt(start.minus(Duration.ofHours(23))));
        window.remindedAt(start.minus(Duration.ofHours(23)));
        assertFalse(window.reminderDueAt(start.minus(Duration.ofHours(22))), "once");

        MaintenanceWindow cancelled = announce(start, MaintenanceUrgency.NOMINAL, null);
        assertTrue(cancelled.cancel(NOW));
        assertFalse(cancelled.cancel(NOW.plusSeconds(1)), "cancelled once");
        assertFalse(cancelled.reminderDueAt(start.minus(Duration.ofHours(1))), "no reminder of a cancelled window");

        MaintenanceWindow soon = announce(NOW.plus(Duration.ofHours(5)), MaintenanceUrgency.URGENT, "Panne");
        assertNull(soon.reminderDueAt(), "announced less than a day ahead: the announcement is the reminder");
    }

    @Test
    void theEMailSaysWhatWhenAndHowUrgent() {
        MaintenanceNotice notice = new MaintenanceNotice(MaintenanceNotice.Stage.ANNOUNCED, 42, MaintenanceKind.CHANGE,
                MaintenanceUrgency.URGENT, paris("2026-12-15T23:00"), paris("2026-12-16T01:00"), "Nouvelle version",
                NOW);
        MaintenanceNoticeText text = MaintenanceNoticeText.of(notice);
        assertEquals("Évolution du service urgente programmée du 15/12/2026 23:00 au 16/12/2026 01:00", text.subject());
        assertTrue(text.text().contains("mardi 15 décembre 2026 à 23:00 (heure de Paris)"), text.text());
        assertTrue(text.text().contains("Urgence : urgente (préavis de 7 jours ouvrés)"), text.text());
        assertTrue(text.text().contains("Objet : Nouvelle version"), text.text());
        assertTrue(text.text().contains("HTTP 503"), text.text());
        MaintenanceNoticeText reminder = MaintenanceNoticeText.of(new MaintenanceNotice(
                MaintenanceNotice.Stage.REMINDER, 42, MaintenanceKind.MAINTENANCE, MaintenanceUrgency.NOMINAL,
                notice.startsAt(), notice.endsAt(), "x", NOW));
        assertTrue(reminder.subject().startsWith("Rappel : maintenance nominale demain"), reminder.subject());
        MaintenanceNoticeText cancelled = MaintenanceNoticeText.of(new MaintenanceNotice(
                MaintenanceNotice.Stage.CANCELLED, 42, MaintenanceKind.MAINTENANCE, MaintenanceUrgency.NOMINAL,
                notice.startsAt(), notice.endsAt(), "x", NOW));
        assertTrue(cancelled.subject().startsWith("Annulation : maintenance nominale"), cancelled.subject());
        assertTrue(cancelled.text().contains("Une opération de maintenance du service Imprim'FIP que nous vous avions"
                + " annoncée est annulée"), cancelled.text());
    }

    private static MaintenanceWindow announce(Instant start, MaintenanceUrgency urgency, String justification) {
        return MaintenanceWindow.announce(start, start.plus(Duration.ofHours(2)), "Montée de version",
                MaintenanceKind.CHANGE, urgency, justification, "admin", NOW);
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(BusinessCalendar.PARIS).toInstant();
    }
}
