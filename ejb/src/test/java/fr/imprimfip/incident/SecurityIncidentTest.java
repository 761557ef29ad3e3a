package fr.imprimfip.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;

class SecurityIncidentTest {

    private static final Instant DETECTED = Instant.parse("2026-11-27T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final BreachNoticeText STAGE_ONE = new BreachNoticeText("Fuite d'adresses", null, null, null, null,
            false);
    private static final BreachScope SCOPE = new BreachScope(DETECTED.minusSeconds(86_400), DETECTED, 2, 5, 4);

    @Test
    void phasesOnlyMoveForwardAndClosingNeedsAVerificationNote() {
        SecurityIncident incident = new SecurityIncident("Jeton divulgué", DETECTED, false, Set.of(1L), NOW, "admin");
        assertEquals(IncidentPhase.IMMEDIATE_RESPONSE, incident.phase());
        incident.enter(IncidentPhase.TREATMENT, "Jeton révoqué", NOW.plusSeconds(60), "admin");
        assertThrows(IncidentRefusedException.class,
                () -> incident.enter(IncidentPhase.INVESTIGATION, "trop tard", NOW.plusSeconds(120), "admin"));
        assertThrows(IncidentRefusedException.class,
                () -> incident.enter(IncidentPhase.CLOSED, "raccourci", NOW.plusSeconds(120), "admin"));
        assertThrows(InvalidInputException.class, () -> incident.close(" ", NOW.plusSeconds(180), "admin"));

        incident.close("Accès vérifiés sur 30 jours : aucun autre usage", NOW.plusSeconds(240), "admin");
        assertEquals(IncidentPhase.CLOSED, incident.phase());
        assertEquals(3, incident.steps().size());
        assertThrows(IncidentRefusedException.class, () -> incident.close("encore", NOW.plusSeconds(300), "admin"));
    }

    @Test
    void aBreachIsDueToEachPartnerWithin48HoursOfItsDetectionMeasuredToTheSending() {
        SecurityIncident breach = new SecurityIncident("Fuite d'adresses", DETECTED, true, Set.of(1L, 2L), NOW, "admin");
        Instant due = DETECTED.plusSeconds(48 * 3600);
        assertEquals(due, breach.breachNotificationDue().orElseThrow());
        assertEquals(NoticeDeadline.RUNNING, breach.noticeDeadline(1L, due).orElseThrow(), "the 48th hour counts");
        assertEquals(NoticeDeadline.OVERDUE, breach.noticeDeadline(1L, due.plusSeconds(1)).orElseThrow());
        assertTrue(breach.noticeDeadline(3L, NOW).isEmpty(), "a partner not concerned has no deadline");

        BreachNotice first = breach.notifyBreach(1L, "p1", STAGE_ONE, SCOPE, "DPO", NOW, "admin");
        assertEquals(NoticeDeadline.OVERDUE, breach.noticeDeadline(1L, due.plusSeconds(1)).orElseThrow(),
                "written is not sent: the deadline runs to the e-mail's sending");
        first.sent(due.minusSeconds(60));
        assertEquals(NoticeDeadline.MET, breach.noticeDeadline(1L, due.plusSeconds(1)).orElseThrow());
        assertTrue(breach.breachNotificationOverdue(due.plusSeconds(1)), "partner 2 is still waiting");
        assertNull(breach.breachNotifiedAt(), "not every partner notified yet");

        breach.notifyBreach(2L, "p2", STAGE_ONE, SCOPE, "DPO", NOW, "admin").sent(due.plusSeconds(3600));
        assertEquals(NoticeDeadline.MISSED, breach.noticeDeadline(2L, due.plusSeconds(7200)).orElseThrow());
        assertFalse(breach.breachNotificationOverdue(due.plusSeconds(7200)), "late, but no longer pending");
        assertEquals(due.plusSeconds(3600), breach.breachNotifiedAt(), "the last partner's sending");
    }

    @Test
    void aNoticeIsCompletedInNumberedStagesUntilItsFinalOne() {
        SecurityIncident breach = new SecurityIncident("Fuite d'adresses", DETECTED, true, Set.of(1L), NOW, "admin");
        assertEquals(1, breach.notifyBreach(1L, "p1", STAGE_ONE, SCOPE, "DPO", NOW, "admin").stage());
        BreachNotice last = breach.notifyBreach(1L, "p1", new BreachNoticeText("Fuite d'adresses", null, null,
                "Hameçonnage possible", "Certificat révoqué", true), SCOPE, "DPO", NOW.plusSeconds(60), "admin");
        assertEquals(2, last.stage());
        assertEquals(2, breach.noticesTo(1L).size());
        assertThrows(IncidentRefusedException.class,
                () -> breach.notifyBreach(1L, "p1", STAGE_ONE, SCOPE, "DPO", NOW, "admin"), "the notice is complete");
        assertThrows(IncidentRefusedException.class,
                () -> breach.notifyBreach(9L, "p9", STAGE_ONE, SCOPE, "DPO", NOW, "admin"), "partner not concerned");
        assertTrue(breach.steps().stream().anyMatch(step -> step.note().contains("p1 (étape 2, dernière)")));
    }

    @Test
    void aBreachClosesOnlyOnceEveryPartnerConcernedWasSentItsNotice() {
        SecurityIncident breach = new SecurityIncident("Fuite d'adresses", DETECTED, true, Set.of(1L), NOW, "admin");
        assertThrows(IncidentRefusedException.class, () -> breach.close("vérifié", NOW, "admin"));
        BreachNotice notice = breach.notifyBreach(1L, "p1", STAGE_ONE, SCOPE, "DPO", NOW, "admin");
        assertThrows(IncidentRefusedException.class, () -> breach.close("vérifié", NOW, "admin"), "written, unsent");
        notice.sent(NOW.plusSeconds(5));
        notice.sent(NOW.plusSeconds(500));
        assertEquals(NOW.plusSeconds(5), breach.noticeSentAt(1L).orElseThrow(), "the first sending counts");
        breach.close("Personnes concernées informées par le partenaire, accès coupés", NOW.plusSeconds(60), "admin");
        assertEquals(IncidentPhase.CLOSED, breach.phase());
        assertThrows(IncidentRefusedException.class,
                () -> breach.notifyBreach(1L, "p1", STAGE_ONE, SCOPE, "DPO", NOW, "admin"), "closed");
    }

    @Test
    void theOverdueAlertIsRaisedOncePerIncident() {
        SecurityIncident breach = new SecurityIncident("Fuite d'adresses", DETECTED, true, Set.of(1L), NOW, "admin");
        Instant late = DETECTED.plusSeconds(49 * 3600);
        assertFalse(breach.overdueAlertDue(NOW), "still within the deadline");
        assertTrue(breach.overdueAlertDue(late));
        assertFalse(breach.overdueAlertDue(late.plusSeconds(600)), "once only");
    }

    @Test
    void anIncidentThatIsNoBreachHasNoDeadlineNorNotification() {
        SecurityIncident incident = new SecurityIncident("Scan de ports", DETECTED, false, Set.of(), NOW, "admin");
        assertTrue(incident.breachNotificationDue().isEmpty());
        assertFalse(incident.breachNotificationOverdue(NOW.plusSeconds(400_000)));
        assertThrows(IncidentRefusedException.class,
                () -> incident.notifyBreach(1L, "p1", STAGE_ONE, SCOPE, "DPO", NOW, "admin"));
    }

    @Test
    void anIncidentCannotBeDetectedInTheFuture() {
        assertThrows(InvalidInputException.class,
                () -> new SecurityIncident("Plus tard", NOW.plusSeconds(60), false, Set.of(), NOW, "admin"));
        assertThrows(InvalidInputException.class, () -> new SecurityIncident(" ", DETECTED, false, Set.of(), NOW, "a"));
    }

    @Test
    void referencesAreReadBack() {
        assertEquals(42L, SecurityIncident.idOf("INC-00042"));
        assertThrows(IncidentNotFoundException.class, () -> SecurityIncident.idOf("INC-42"));
        assertThrows(IncidentNotFoundException.class, () -> SecurityIncident.idOf("../etc"));
    }
}
