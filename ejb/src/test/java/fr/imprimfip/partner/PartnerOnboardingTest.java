package fr.imprimfip.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.ServiceEnvironment;

class PartnerOnboardingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final List<PartnerContact> CONTACTS = List.of(
            new PartnerContact(ContactRole.REQUESTER, "Anne Martin", "anne.martin@example.gouv.fr", "+33 5 56 00 00 00"),
            new PartnerContact(ContactRole.DATA_CONTROLLER, "Paul Durand", "paul.durand@example.gouv.fr", null),
            new PartnerContact(ContactRole.TECHNICAL_CONTACT, "Support", "support@example.gouv.fr", null));

    @Test
    void aPartnerIsRegisteredWithItsContactsOnePerRole() {
        Partner partner = Partner.register("ddfip-33", "DDFiP de la Gironde", "11000000000033", CONTACTS,
                List.of("Service des impôts des particuliers"), AT);
        assertEquals("ddfip-33", partner.clientId());
        assertEquals(PartnerStatus.ACTIVE, partner.status());
        assertEquals("paul.durand@example.gouv.fr", partner.contact(ContactRole.DATA_CONTROLLER).orElseThrow().email());
        assertTrue(partner.contact(ContactRole.DPO).isEmpty(), "the DPO is optional");

        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> Partner.register("ddfip-34",
                "DDFiP", "11000000000034", CONTACTS.subList(0, 1), List.of(), AT));
        assertTrue(missing.getMessage().contains("Responsable de traitement"), missing.getMessage());
        assertThrows(InvalidInputException.class, () -> Partner.register("DDFiP 33", "DDFiP", "11000000000033",
                CONTACTS, List.of(), AT), "identifiers are lower-case words");
        assertThrows(InvalidInputException.class, () -> Partner.register("ddfip-33", "DDFiP", "1100", CONTACTS,
                List.of(), AT), "a SIRET has 14 digits");
        assertThrows(InvalidInputException.class, () -> new PartnerContact(ContactRole.DPO, "DPO", "pas-une-adresse",
                null));
        assertThrows(InvalidInputException.class, () -> partner.updateContacts(List.of(CONTACTS.get(0),
                CONTACTS.get(0), CONTACTS.get(1), CONTACTS.get(2)), List.of()), "one contact per role");
    }

    @Test
    void productionIsActivatedOnlyWithAttestationAcceptanceAndValidatedTemplate() {
        Partner partner = partner();
        partner.grantHabilitation(habilitation(ServiceEnvironment.SANDBOX), AT);
        partner.grantHabilitation(habilitation(ServiceEnvironment.PRODUCTION), AT);
        assertTrue(partner.habilitation(ServiceEnvironment.SANDBOX, DAY).isPresent(), "the sandbox opens at once");
        assertTrue(partner.habilitation(ServiceEnvironment.PRODUCTION, DAY).isEmpty(), "production waits");

        ConventionRuleException refused = assertThrows(ConventionRuleException.class,
                () -> partner.activateProduction(DAY, false, AT));
        assertTrue(refused.getMessage().contains("attestation de sécurité")
                && refused.getMessage().contains("recette") && refused.getMessage().contains("maquette validée"),
                refused.getMessage());

        assertThrows(ConventionRuleException.class, () -> partner.recordAcceptance("Recette OK", DAY, 0),
                "an acceptance needs files deposited in the sandbox");
        partner.recordAcceptance("Recette OK : 12 plis de test conformes", DAY, 12);
        partner.attestSecurity(SecurityAttestation.of(AttestationKind.HOMOLOGATION, DAY, DAY.plusYears(3)));
        refused = assertThrows(ConventionRuleException.class, () -> partner.activateProduction(DAY, false, AT));
        assertEquals("Activation de la production impossible ; il manque : au moins une maquette validée.",
                refused.getMessage());

        partner.activateProduction(DAY, true, AT);
        assertTrue(partner.habilitation(ServiceEnvironment.PRODUCTION, DAY).isPresent());
        assertEquals(AT, partner.grantedHabilitation(ServiceEnvironment.PRODUCTION).orElseThrow().activatedAt());
        assertThrows(ConventionRuleException.class, () -> partner.activateProduction(DAY, true, AT));

        partner.grantHabilitation(new Habilitation(ServiceEnvironment.PRODUCTION, DAY, DAY.plusYears(2), true, true,
                dataPass()), AT.plusSeconds(60));
        assertTrue(partner.habilitation(ServiceEnvironment.PRODUCTION, DAY).isPresent(),
                "renewing an active habilitation keeps production open");
    }

    @Test
    void aTerminationNoticeKeepsTheServiceTwoMonthsThenEndsTheConvention() {
        Partner partner = partner();
        partner.giveTerminationNotice("Fin du besoin", DAY, AT);
        assertEquals(PartnerStatus.UNDER_TERMINATION_NOTICE, partner.status());
        assertTrue(partner.mayUseService(), "the service is kept during the notice");
        assertEquals(LocalDate.of(2027, 1, 27), partner.terminatesOn().orElseThrow());
        assertThrows(ConventionRuleException.class, () -> partner.giveTerminationNotice("Encore", DAY, AT));

        assertFalse(partner.terminateIfDue(LocalDate.of(2027, 1, 26), AT));
        assertTrue(partner.mayUseService());
        assertTrue(partner.mayUseServiceOn(LocalDate.of(2027, 1, 26)));
        assertFalse(partner.mayUseServiceOn(LocalDate.of(2027, 1, 27)),
                "refused from midnight, before the daily review records the end");
        assertTrue(partner.terminateIfDue(LocalDate.of(2027, 1, 27), AT));
        assertEquals(PartnerStatus.TERMINATED, partner.status());
        assertFalse(partner.mayUseService());
        assertEquals(LocalDate.of(2033, 1, 27), partner.habilitationDataKeptUntil().orElseThrow(),
                "habilitation data is kept six years after data stopped being delivered");
        assertFalse(partner.terminateIfDue(LocalDate.of(2027, 2, 1), AT), "once");
    }

    @Test
    void habilitationDataIsErasedSixYearsAfterTheEndUnlessHeld() {
        Partner partner = partner();
        partner.grantHabilitation(habilitation(ServiceEnvironment.SANDBOX), AT);
        partner.giveTerminationNotice("Fin", DAY, AT);
        partner.terminateIfDue(LocalDate.of(2027, 1, 27), AT);
        assertFalse(partner.habilitationDataExpiredOn(LocalDate.of(2033, 1, 26)));
        assertTrue(partner.habilitationDataExpiredOn(LocalDate.of(2033, 1, 27)));
        partner.placeLegalHold(AT);
        assertFalse(partner.habilitationDataExpiredOn(LocalDate.of(2040, 1, 1)), "a legal hold keeps it");

        Partner other = partner();
        other.grantHabilitation(habilitation(ServiceEnvironment.SANDBOX), AT);
        other.giveTerminationNotice("Fin", DAY, AT);
        other.terminateIfDue(LocalDate.of(2027, 1, 27), AT);
        other.eraseHabilitationData(AT);
        assertTrue(other.contacts().isEmpty());
        assertEquals(null, other.habilitations().get(0).dataPass());
        assertEquals(PartnerStatus.TERMINATED, other.status());
        assertFalse(other.habilitationDataExpiredOn(LocalDate.of(2040, 1, 1)), "erased once");
    }

    @Test
    void anIsolationDuringTheNoticeNeitherCancelsNorDelaysTheTermination() {
        Partner partner = partner();
        partner.giveTerminationNotice("Fin du besoin", DAY, AT);
        partner.isolate("Incident", AT);
        partner.endIsolation("Incident clos", AT);
        assertEquals(PartnerStatus.UNDER_TERMINATION_NOTICE, partner.status(), "back under notice, not active");
        partner.isolate("Nouvel incident", AT);
        assertTrue(partner.terminateIfDue(LocalDate.of(2027, 1, 27), AT), "the notice runs during an isolation");
        assertEquals(PartnerStatus.TERMINATED, partner.status());
        assertEquals(LocalDate.of(2027, 1, 27), partner.dataDeliveryEndedOn().orElseThrow());
    }

    @Test
    void anIsolatedOrSuspendedPartnerIsNotTerminatedByNotice() {
        Partner partner = partner();
        partner.suspend("Impayés", AT);
        assertThrows(ConventionRuleException.class, () -> partner.giveTerminationNotice("Fin", DAY, AT));
    }

    @Test
    void aDataPassRequestNamesItsLegalBasisAndPurpose() {
        assertThrows(InvalidInputException.class, () -> new DataPassRequest("12345", " ", "Envoi des avis", 1000, 500));
        assertThrows(InvalidInputException.class, () -> new DataPassRequest("12345", "CGI art. 1", "", 1000, 500));
        assertThrows(InvalidInputException.class, () -> new DataPassRequest("n° 1", "CGI", "Envois", 1000, 500));
        assertThrows(InvalidInputException.class, () -> new DataPassRequest("12345", "CGI", "Envois", 1000, 0));
        assertEquals(120_000, dataPass().expectedLettersPerYear());
    }

    private static Habilitation habilitation(ServiceEnvironment environment) {
        return new Habilitation(environment, DAY.minusDays(1), null, true, true, dataPass());
    }

    private static DataPassRequest dataPass() {
        return new DataPassRequest("DP-2026-0042", "Code général des impôts, art. L. 253", "Envoi des avis d'impôt",
                120_000, 500);
    }

    private static Partner partner() {
        return Partner.register("ddfip-33", "DDFiP de la Gironde", "11000000000033", CONTACTS, List.of(), AT);
    }
}
