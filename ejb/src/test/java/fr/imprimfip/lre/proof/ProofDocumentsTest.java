package fr.imprimfip.lre.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfPKCS7;
import com.lowagie.text.pdf.PdfReader;

import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RecipientType;

/**
 * Each proof is a PDF stating its facts and carrying one PAdES baseline B signature of the platform, which a verifier
 * that owes nothing to the signing code accepts, and which no longer verifies once a signed byte changes.
 */
class ProofDocumentsTest {

    static final String DIGEST = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
    static final Instant DEPOSITED = Instant.parse("2026-03-02T08:15:00Z");
    static final Instant NOTIFIED = Instant.parse("2026-03-02T08:20:30Z");
    static final Instant DEADLINE = NOTIFIED.plus(Duration.ofDays(15));
    private static final Instant ISSUED = Instant.parse("2026-03-20T10:00:00Z");

    private static SigningCredentials credentials;

    @BeforeAll
    static void signingKey() {
        credentials = TestSigningKeys.ecWithCa();
    }

    /** The facts of a proof of {@code kind}, its event at a plausible time. */
    static ProofFacts facts(ProofKind kind) {
        Instant event = switch (kind) {
            case DEPOSIT -> DEPOSITED;
            case NOTIFICATION -> NOTIFIED;
            case ACCEPTANCE, REFUSAL -> Instant.parse("2026-03-05T17:42:09Z");
            case NEGLECT -> DEADLINE;
            case UNDELIVERABLE -> Instant.parse("2026-03-02T08:25:00Z");
        };
        boolean notified = kind != ProofKind.DEPOSIT && kind != ProofKind.UNDELIVERABLE;
        return new ProofFacts(kind, event,
                new ProofFacts.Letter("LRE-2026-000042", "20260302-ABCDEF", "AVIS-2026-42", 3, DIGEST),
                new ProofFacts.Sender("Direction démo", "11000201100044", "demo-partner"),
                new RecipientInformation("camille.durand@example.org", RecipientType.PARTICULIER, "Durand",
                        "Camille", null),
                DEPOSITED, notified ? NOTIFIED : null, notified ? DEADLINE : null, "Imprim'FIP");
    }

    @ParameterizedTest
    @EnumSource(ProofKind.class)
    void eachProofCarriesOnePadesBaselineSignatureOfThePlatform(ProofKind kind) throws Exception {
        SignedPdf proof = new SignedPdf(ProofDocuments.issue(facts(kind), credentials, ISSUED));

        assertEquals("Adobe.PPKLite", proof.signature.getFilter());
        assertEquals("ETSI.CAdES.detached", proof.signature.getSubFilter());
        assertEquals(ISSUED, proof.signingTime(), "/M");
        proof.assertRangesCoverAllButTheSignature();
        assertTrue(proof.verifies(proof.bytes));

        assertNull(proof.cms().getSignedContent(), "detached");
        SignerInformation signer = proof.signer();
        assertEquals(NISTObjectIdentifiers.id_sha256.getId(), signer.getDigestAlgOID());
        assertEquals(X9ObjectIdentifiers.ecdsa_with_SHA256.getId(), signer.getEncryptionAlgOID());
        AttributeTable signed = signer.getSignedAttributes();
        assertNull(signed.get(CMSAttributes.signingTime), "PAdES puts the signing time in /M only");
        assertSigningCertificateV2(signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
        Set<X509CertificateHolder> chain = new HashSet<>();
        for (X509Certificate certificate : credentials.chain()) {
            chain.add(new JcaX509CertificateHolder(certificate));
        }
        assertEquals(2, chain.size());
        assertEquals(chain, new HashSet<>(proof.cms().getCertificates().getMatches(null)), "the chain is embedded");
    }

    @ParameterizedTest
    @EnumSource(ProofKind.class)
    void eachProofStatesItsFacts(ProofKind kind) {
        ProofFacts facts = facts(kind);
        String text = new SignedPdf(ProofDocuments.issue(facts, credentials, ISSUED)).text;
        String eventParis = ProofLayout.when(facts.eventAt()).substring(0, 21);
        for (String expected : List.of(kind.title(), "Lettre recommandée électronique", DIGEST, "LRE-2026-000042",
                "20260302-ABCDEF", "AVIS-2026-42", "Direction démo", "11000201100044", "demo-partner",
                "Camille Durand", "Particulier", "camille.durand@example.org", kind.eventLabel(), eventParis,
                facts.eventAt().toString(), "02/03/2026 à 09:15:00", "20/03/2026 à 11:00:00")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertEquals(kind.notified(), text.contains("17/03/2026 à 09:20:30"), "deadline, Paris time: " + text);
    }

    @Test
    void aByteChangedInTheSignedRangesBreaksTheSignature() {
        SignedPdf proof = new SignedPdf(ProofDocuments.issue(facts(ProofKind.ACCEPTANCE), credentials, ISSUED));
        for (int position : new int[] {proof.byteRange[1] / 2, proof.byteRange[2] + proof.byteRange[3] / 2}) {
            byte[] altered = proof.bytes.clone();
            altered[position] ^= 1;
            assertFalse(proof.verifies(altered), "byte " + position + " altered");
        }
    }

    @Test
    void anotherPdfLibraryVerifiesTheSignature() throws IOException, GeneralSecurityException {
        byte[] proof = ProofDocuments.issue(facts(ProofKind.REFUSAL), credentials, ISSUED);
        AcroFields fields = new PdfReader(proof).getAcroFields();
        List<String> names = fields.getSignedFieldNames();
        assertEquals(1, names.size());
        assertTrue(fields.signatureCoversWholeDocument(names.get(0)));
        PdfPKCS7 pkcs7 = fields.verifySignature(names.get(0));
        assertTrue(pkcs7.verify());
        assertEquals(credentials.certificate(), pkcs7.getSigningCertificate());
    }

    @Test
    void anRsaKeySignsToo() {
        SigningCredentials rsa = TestSigningKeys.selfSignedRsa();
        SignedPdf proof = new SignedPdf(ProofDocuments.issue(facts(ProofKind.NEGLECT), rsa, ISSUED));
        assertTrue(proof.verifies(proof.bytes));
        assertEquals(PKCSObjectIdentifiers.sha256WithRSAEncryption.getId(), proof.signer().getEncryptionAlgOID());
    }

    private static void assertSigningCertificateV2(Attribute attribute) throws Exception {
        assertEquals(1, attribute.getAttrValues().size());
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        assertEquals(1, ids.length);
        X509Certificate certificate = credentials.certificate();
        assertEquals(NISTObjectIdentifiers.id_sha256, ids[0].getHashAlgorithm().getAlgorithm());
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                ids[0].getCertHash());
        assertEquals(certificate.getSerialNumber(), ids[0].getIssuerSerial().getSerial().getValue());
        assertEquals(new JcaX509CertificateHolder(certificate).getIssuer().toString(),
                ids[0].getIssuerSerial().getIssuer().getNames()[0].getName().toString());
    }
}
