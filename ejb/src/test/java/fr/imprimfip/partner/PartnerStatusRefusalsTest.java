package fr.imprimfip.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.StateConflictException;

/** A change the partner's status does not allow is a state conflict (409), whichever change it is. */
class PartnerStatusRefusalsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void suspendingOrResumingOutOfTurnIsAConflict() {
        Partner partner = partner();
        assertThrows(StateConflictException.class, () -> partner.resume("rien à reprendre", AT));
        partner.isolate("incident", AT);
        assertThrows(StateConflictException.class, () -> partner.suspend("révision", AT));
    }

    @Test
    void isolationRefusalsAreConflicts() {
        Partner partner = partner();
        assertThrows(StateConflictException.class, () -> partner.endIsolation("fin", AT));
        partner.isolate("incident", AT);
        assertThrows(StateConflictException.class, partner::releaseLegalHold);
        assertThrows(StateConflictException.class, () -> partner.giveTerminationNotice("fin", DAY, AT));
    }

    @Test
    void anEndedConventionIsNeitherIsolatedNorSuspended() {
        Partner partner = partner();
        partner.giveTerminationNotice("fin de convention", DAY, AT);
        partner.terminateIfDue(DAY.plusMonths(2), AT);
        assertEquals(PartnerStatus.TERMINATED, partner.status());
        assertThrows(StateConflictException.class, () -> partner.isolate("incident", AT));
        assertThrows(StateConflictException.class, () -> partner.suspend("révision", AT));
    }

    @Test
    void aMissingReasonOrAWrongSiretIsAnInvalidInputInFrench() {
        assertThrows(InvalidInputException.class, () -> partner().suspend(" ", AT));
        InvalidInputException siret = assertThrows(InvalidInputException.class,
                () -> new Partner("demo", "Demo", "123", AT));
        assertEquals("Un SIRET compte 14 chiffres.", siret.getMessage());
    }

    private static Partner partner() {
        return new Partner("demo", "Demo", "11000000000001", Instant.parse("2026-01-01T00:00:00Z"));
    }
}
