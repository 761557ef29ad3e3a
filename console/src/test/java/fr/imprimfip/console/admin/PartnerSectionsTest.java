package fr.imprimfip.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.imprimfip.partner.AttestationKind;
import fr.imprimfip.partner.ContactRole;
import fr.imprimfip.partner.DataPassRequest;
import fr.imprimfip.partner.Habilitation;
import fr.imprimfip.partner.PartnerContact;
import fr.imprimfip.partner.SecurityAttestation;
import fr.imprimfip.shared.ServiceEnvironment;

class PartnerSectionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void aDueDateIsFlaggedWhenPastOrWithinAMonth() {
        PartnerSections.Due past = PartnerSections.due(TODAY.minusDays(1), TODAY);
        assertEquals("Dépassée", past.badge().label());
        assertEquals("fr-badge--error", past.badge().css());
        assertEquals("9 mars 2026", past.date());

        assertEquals("Aujourd'hui", PartnerSections.due(TODAY, TODAY).badge().label());
        assertEquals("Demain", PartnerSections.due(TODAY.plusDays(1), TODAY).badge().label());
        PartnerSections.Due near = PartnerSections.due(TODAY.plusDays(29), TODAY);
        assertEquals("Dans 29 jours", near.badge().label());
        assertEquals("fr-badge--warning", near.badge().css());

        PartnerSections.Due far = PartnerSections.due(TODAY.plusDays(30), TODAY);
        assertFalse(far.flagged());
        assertEquals("9 avril 2026", far.date());
        assertFalse(PartnerSections.due(null, TODAY).flagged());
    }

    @Test
    void anAttestationSaysWhetherItIsValidDueForRenewalOrLapsed() {
        SecurityAttestation attestation = SecurityAttestation.of(AttestationKind.HOMOLOGATION, TODAY.minusYears(1),
                TODAY.plusYears(2));
        PartnerSections.Attestation valid = PartnerSections.Attestation.of(attestation, TODAY);
        assertEquals("Homologation", valid.kind());
        assertEquals("En cours de validité", valid.state().label());
        assertFalse(valid.renewalDue().flagged());

        PartnerSections.Attestation renewal = PartnerSections.Attestation.of(attestation,
                TODAY.plusYears(2).minusMonths(2));
        assertEquals("Renouvellement dû", renewal.state().label());
        assertEquals("Dépassée", renewal.renewalDue().badge().label(), "renewal was due a month ago");

        PartnerSections.Attestation lapsed = PartnerSections.Attestation.of(attestation, TODAY.plusYears(2).plusDays(1));
        assertEquals("Échue", lapsed.state().label());
        assertEquals("fr-badge--error", lapsed.state().css());
    }

    @Test
    void aQuestionnaireWithoutAnEndIsValidThreeYears() {
        PartnerSections.Attestation questionnaire = PartnerSections.Attestation.of(
                SecurityAttestation.of(AttestationKind.SECURITY_QUESTIONNAIRE, TODAY, null), TODAY);
        assertEquals("Questionnaire de sécurité", questionnaire.kind());
        assertEquals("10 mars 2029", questionnaire.validUntil());
    }

    @Test
    void aHabilitationNotYetActivatedWaitsWithItsDataPassRequest() {
        PartnerSections.HabilitationLine line = PartnerSections.HabilitationLine.of(new Habilitation(
                ServiceEnvironment.PRODUCTION, TODAY, null, true, false,
                new DataPassRequest("DP-42", "CGI art. L. 253", "Envoi des avis", 120000, 500)));
        assertEquals("Production", line.environment());
        assertEquals("du 10 mars 2026, sans fin", line.period());
        assertEquals("Dépôt", line.rights());
        assertEquals("En attente d'activation", line.state().label());
        assertEquals("DP-42", line.dataPass());
        assertTrue(line.volumes().contains("plis par an") && line.volumes().contains("500 appels"), line.volumes());
    }

    @Test
    void aContactShowsItsRoleInFrench() {
        PartnerSections.Contact contact = PartnerSections.Contact.of(new PartnerContact(ContactRole.DPO, "Paul Durand",
                "dpo@example.invalid", null));
        assertEquals("Délégué à la protection des données", contact.role());
        assertEquals("", contact.phone());
    }

    @Test
    void aDayIsWrittenInFrench() {
        assertEquals("1 janvier 2027", PartnerSections.day(LocalDate.of(2027, 1, 1)));
        assertEquals("", PartnerSections.day(null));
        assertNull(PartnerSections.due(null, TODAY).badge());
    }
}
