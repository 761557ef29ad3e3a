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

class PartnerRightsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aHabilitationCoversItsPeriodAndItsEnvironmentOnly() {
        Partner partner = partner();
        partner.grantHabilitation(new Habilitation(ServiceEnvironment.SANDBOX, DAY.minusDays(10), DAY, true, false), AT);
        assertTrue(partner.habilitation(ServiceEnvironment.SANDBOX, DAY).isPresent(), "the last day counts");
        assertTrue(partner.habilitation(ServiceEnvironment.SANDBOX, DAY.plusDays(1)).isEmpty());
        assertTrue(partner.habilitation(ServiceEnvironment.SANDBOX, DAY.minusDays(11)).isEmpty());
        assertTrue(partner.habilitation(ServiceEnvironment.PRODUCTION, DAY).isEmpty());
        Habilitation depositOnly = partner.habilitation(ServiceEnvironment.SANDBOX, DAY).orElseThrow();
        assertTrue(depositOnly.allows(Habilitation.Operation.DEPOSIT));
        assertFalse(depositOnly.allows(Habilitation.Operation.READ));

        partner.grantHabilitation(new Habilitation(ServiceEnvironment.SANDBOX, DAY, null, true, true), AT);
        assertEquals(1, partner.habilitations().size(), "a renewal replaces the habilitation of its environment");
        assertTrue(partner.habilitation(ServiceEnvironment.SANDBOX, DAY.plusYears(5)).isPresent());
    }

    @Test
    void aHabilitationIsConsistent() {
        assertThrows(InvalidInputException.class,
                () -> new Habilitation(ServiceEnvironment.PRODUCTION, DAY, DAY.minusDays(1), true, true));
        assertThrows(InvalidInputException.class,
                () -> new Habilitation(ServiceEnvironment.PRODUCTION, DAY, null, false, false));
    }

    @Test
    void theSecurityAttestationCoversUpToItsLastDay() {
        Partner partner = partner();
        assertFalse(partner.attestedOn(DAY), "no attestation, no access");
        partner.attestSecurity(SecurityAttestation.of(AttestationKind.HOMOLOGATION, null, DAY));
        assertTrue(partner.attestedOn(DAY));
        assertFalse(partner.attestedOn(DAY.plusDays(1)));
    }

    @Test
    void callsComeFromDeclaredRangesOnly() {
        Partner partner = partner();
        assertFalse(partner.acceptsCallsFrom("127.0.0.1"), "nothing is open by default");
        partner.declareIpRanges(List.of("127.0.0.0/8", "2001:db8::/32"));
        assertTrue(partner.acceptsCallsFrom("127.0.0.1"));
        assertTrue(partner.acceptsCallsFrom("2001:db8::7"));
        assertFalse(partner.acceptsCallsFrom("192.0.2.1"));
        assertThrows(InvalidInputException.class, () -> partner.declareIpRanges(List.of("intranet")));
    }

    @Test
    void aCredentialIsUsedWithItsRegisteredCertificateOnly() {
        PartnerCredential credential = new PartnerCredential(partner(), "demo", ServiceEnvironment.PRODUCTION);
        assertFalse(credential.presentedBy("CN=demo-partner,O=Demo administration,C=FR"), "none registered");
        assertThrows(InvalidInputException.class, () -> credential.registerCertificate("pas un nom"));
        credential.registerCertificate("CN=demo-partner,O=Demo administration,C=FR");
        assertTrue(credential.presentedBy("CN=demo-partner, O=Demo administration, C=FR"), "compared as X.500 names");
        assertFalse(credential.presentedBy("CN=demo-partner-b,O=Other demo administration,C=FR"));
        assertFalse(credential.presentedBy("not a name"));
        assertFalse(credential.presentedBy(null));
    }

    @Test
    void aCredentialRecognisesItsCertificateByIssuerSubjectAndThumbprint() {
        String subject = "CN=demo-partner,O=Demo administration,C=FR";
        String ca = "CN=Imprim'FIP Demo CA,O=Imprim'FIP demo,C=FR";
        CertificateIdentity registered = new CertificateIdentity(subject, ca, "registered-thumbprint");
        PartnerCredential bySubject = new PartnerCredential(partner(), "demo", ServiceEnvironment.PRODUCTION);
        bySubject.registerCertificate(subject);
        assertEquals(PartnerCredential.Recognition.FIRST_PRESENTATION, bySubject.recognize(registered));

        PartnerCredential credential = new PartnerCredential(partner(), "demo", ServiceEnvironment.PRODUCTION);
        credential.registerCertificate(registered);
        assertEquals(PartnerCredential.Recognition.REGISTERED, credential.recognize(new CertificateIdentity(
                "CN=demo-partner, O=Demo administration, C=FR", ca, "registered-thumbprint")));
        assertEquals(PartnerCredential.Recognition.OTHER_CERTIFICATE, credential.recognize(
                new CertificateIdentity(subject, ca, "another-key")), "same names, another key");
        assertEquals(PartnerCredential.Recognition.OTHER_CERTIFICATE, credential.recognize(
                new CertificateIdentity(subject, "CN=Other CA,C=FR", "registered-thumbprint")), "another issuer");
        assertEquals(PartnerCredential.Recognition.OTHER_SUBJECT, credential.recognize(
                new CertificateIdentity("CN=demo-partner-b,O=Other demo administration,C=FR", ca, "x")));
        assertEquals(PartnerCredential.Recognition.OTHER_SUBJECT, credential.recognize(null));

        credential.registerCertificate(subject);
        assertEquals(PartnerCredential.Recognition.FIRST_PRESENTATION, credential.recognize(
                new CertificateIdentity(subject, ca, "another-key")), "registered again by subject: no key kept");
        assertThrows(InvalidInputException.class, () -> CertificateIdentity.ofPem("pas un certificat"));
    }

    private static Partner partner() {
        return new Partner("demo", "Demo", "11000000000001", Instant.parse("2026-01-01T00:00:00Z"));
    }
}
