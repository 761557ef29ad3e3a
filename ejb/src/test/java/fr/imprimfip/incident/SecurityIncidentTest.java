package fr.imprimfip.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;

class SecurityIncidentTest {

    private static final Instant DETECTED = Instant.parse("2026-11-27T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

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
    void aBreachIsDueWithin48HoursAndClosesOnlyOnceNotified() {
        SecurityIncident breach = new SecurityIncident("Fuite d'adresses", DETECTED, true, Set.of(1L), NOW, "admin");
        assertEquals(DETECTED.plusSeconds(48 * 3600), breach.breachNotificationDue().orElseThrow());
        assertFalse(breach.breachNotificationOverdue(DETECTED.plusSeconds(47 * 3600)));
        assertTrue(breach.breachNotificationOverdue(DETECTED.plusSeconds(49 * 3600)));
        assertThrows(IncidentRefusedException.class, () -> breach.close("vérifié", NOW, "admin"));
        assertThrows(InvalidInputException.class,
                () -> breach.recordBreachNotification(DETECTED.minusSeconds(1), NOW, "admin"), "before detection");
        assertThrows(InvalidInputException.class,
                () -> breach.recordBreachNotification(NOW.plusSeconds(60), NOW, "admin"), "in the future");

        breach.recordBreachNotification(NOW, NOW, "admin");
        assertFalse(breach.breachNotificationOverdue(DETECTED.plusSeconds(49 * 3600)));
        breach.close("Personnes concernées informées, accès coupés", NOW.plusSeconds(60), "admin");
        assertEquals(IncidentPhase.CLOSED, breach.phase());
    }

    @Test
    void anIncidentThatIsNoBreachHasNoDeadlineNorNotification() {
        SecurityIncident incident = new SecurityIncident("Scan de ports", DETECTED, false, Set.of(), NOW, "admin");
        assertTrue(incident.breachNotificationDue().isEmpty());
        assertFalse(incident.breachNotificationOverdue(NOW.plusSeconds(400_000)));
        assertThrows(IncidentRefusedException.class, () -> incident.recordBreachNotification(NOW, NOW, "admin"));
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
