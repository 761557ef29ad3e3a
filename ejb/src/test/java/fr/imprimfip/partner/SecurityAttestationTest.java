package fr.imprimfip.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;

class SecurityAttestationTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 15);

    @Test
    void aQuestionnaireIsValidThreeYearsAtMost() {
        SecurityAttestation byDefault = SecurityAttestation.of(AttestationKind.SECURITY_QUESTIONNAIRE, RECEIVED, null);
        assertEquals(LocalDate.of(2029, 1, 15), byDefault.validUntil());
        assertEquals(LocalDate.of(2028, 10, 15), byDefault.renewalDueOn());
        assertThrows(InvalidInputException.class,
                () -> SecurityAttestation.of(AttestationKind.SECURITY_QUESTIONNAIRE, RECEIVED, LocalDate.of(2029, 1, 16)));
        assertThrows(InvalidInputException.class,
                () -> SecurityAttestation.of(AttestationKind.SECURITY_QUESTIONNAIRE, null, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aHomologationHasAnEndDateAfterItsReceipt() {
        assertThrows(InvalidInputException.class, () -> SecurityAttestation.of(AttestationKind.HOMOLOGATION, RECEIVED, null));
        assertThrows(InvalidInputException.class,
                () -> SecurityAttestation.of(AttestationKind.PROVISIONAL_AUTHORISATION, RECEIVED, RECEIVED.minusDays(1)));
        assertThrows(InvalidInputException.class, () -> SecurityAttestation.of(null, RECEIVED, RECEIVED));
        SecurityAttestation homologation = SecurityAttestation.of(AttestationKind.HOMOLOGATION, null,
                LocalDate.of(2031, 6, 30));
        assertTrue(homologation.covers(LocalDate.of(2031, 6, 30)));
        assertFalse(homologation.covers(LocalDate.of(2031, 7, 1)));
    }

    @Test
    void remindersComeThreeMonthsThenAMonthThenAWeekBeforeTheEndThenTheLapse() {
        SecurityAttestation attestation = SecurityAttestation.of(AttestationKind.HOMOLOGATION, RECEIVED,
                LocalDate.of(2027, 6, 30));
        assertEquals(Optional.empty(), NoticeKind.dueOn(attestation, LocalDate.of(2027, 3, 29)));
        assertEquals(Optional.of(NoticeKind.RENEWAL_DUE_3_MONTHS), NoticeKind.dueOn(attestation, LocalDate.of(2027, 3, 30)));
        assertEquals(Optional.of(NoticeKind.RENEWAL_DUE_3_MONTHS), NoticeKind.dueOn(attestation, LocalDate.of(2027, 5, 29)));
        assertEquals(Optional.of(NoticeKind.RENEWAL_DUE_1_MONTH), NoticeKind.dueOn(attestation, LocalDate.of(2027, 5, 30)));
        assertEquals(Optional.of(NoticeKind.RENEWAL_DUE_1_WEEK), NoticeKind.dueOn(attestation, LocalDate.of(2027, 6, 23)));
        assertEquals(Optional.of(NoticeKind.RENEWAL_DUE_1_WEEK), NoticeKind.dueOn(attestation, LocalDate.of(2027, 6, 30)));
        assertEquals(Optional.of(NoticeKind.ATTESTATION_LAPSED), NoticeKind.dueOn(attestation, LocalDate.of(2027, 7, 1)));
        assertTrue(NoticeKind.ATTESTATION_LAPSED.message(attestation.validUntil()).contains("suspendu"));
    }
}
