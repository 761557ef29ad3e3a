package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.it.SmtpRelay;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The partner's proofs of its electronic registered letters through v2, on the real server: v1 LRE letters driven
 * to their outcomes (accepted on the recipient pages followed as plain HTTP forms, neglected past the deadline on a
 * moved server clock, undeliverable when the relay refuses the address), their proofs listed step by step, each
 * downloaded and checked as a verifier would: one PAdES signature over the whole file but its own value, a CMS
 * signature that verifies, made by the demo PKI's platform-signing certificate issued by the demo CA, and the digest
 * of the letter the recipient receives. Another partner finds none of it.
 */
@ExtendWith(ArquillianExtension.class)
class ElectronicProofsIT {

    private static final int RELAY_PORT = 2525;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("https://[^\\s\"<>]+/lre/l/[A-Za-z0-9_-]{43}");
    private static final Pattern CODE = Pattern.compile("(?<![0-9])[0-9]{6}(?![0-9])");
    private static final Pattern SHA_256 = Pattern.compile("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();
    private SmtpRelay relay;

    @Deployment(name = "platform", order = 1, testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    /** The recipient accepts through the recipient pages, deployed beside the EAR. */
    @Deployment(name = "recipient-pages", order = 2, testable = false)
    static WebArchive recipientPages() {
        return Platform.recipientPages();
    }

    @BeforeEach
    void startRelay() throws IOException, InterruptedException {
        relay = SmtpRelay.start(RELAY_PORT, address -> address.startsWith("inconnu-"));
    }

    @AfterEach
    void stopRelay() throws IOException {
        relay.close();
    }

    @Test
    void anAcceptedLetterHasItsProofsStatingTheDigestOfTheLetterDownloaded() throws Exception {
        String email = "claire-" + unique() + "@exemple.fr";
        String ref = deposit(email);
        String link = firstMatch(LINK, text(mailNumber(email, 0)));
        awaitKinds(ref, List.of("DEPOSIT", "NOTIFICATION"));
        ApiClient.Answer early = api.getAs(proofPath(ref, "acceptance"), partner);
        assertEquals(409, early.status(), early.body());
        assertTrue(early.header("Content-Type").startsWith("application/problem+json"), early.body());
        assertTrue(early.json().getString("detail").contains("n'existe pas encore"), early.body());

        RecipientForms recipient = new RecipientForms().open(link);
        recipient.press("send-code-form", "send-code", Map.of());
        String code = firstMatch(CODE, text(mailNumber(email, 1)).replaceAll("https?://\\S+", ""));
        recipient.press("code-form", "verify", Map.of("code", code));
        recipient.press("decision-form", "accept", Map.of());
        recipient.press("decision-form", "confirm", Map.of());
        assertTrue(recipient.html().contains("Vous avez accepté cette lettre"), recipient.html());
        HttpResponse<byte[]> letter = recipient.download("/lettre/pdf");
        assertEquals(200, letter.statusCode());
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(letter.body()));

        List<JsonObject> proofs = awaitKinds(ref, List.of("DEPOSIT", "NOTIFICATION", "ACCEPTANCE"));
        assertEquals("Preuve d'acceptation", proofs.get(2).getString("title"));
        for (JsonObject proof : proofs) {
            String text = verifiedProof(proof);
            assertTrue(text.contains(digest), "the digest of the letter the recipient downloaded, in " + text);
            assertTrue(text.contains(ref) && text.contains(email), text);
        }
        assertTrue(Instant.parse(proofs.get(2).getString("eventAt"))
                .isAfter(Instant.parse(proofs.get(1).getString("eventAt"))), proofs.toString());
        HttpResponse<byte[]> again = recipient.download("/lettre/pdf");
        assertTrue(Arrays.equals(letter.body(), again.body()), "the recipient gets the same bytes every time");
    }

    @Test
    void aNeglectedLetterIsProvenNeglectedAsOfItsDeadline() throws Exception {
        String email = "claire-" + unique() + "@exemple.fr";
        String ref = deposit(email);
        awaitKinds(ref, List.of("DEPOSIT", "NOTIFICATION"));
        try (ServerClock clock = ServerClock.ofTestServer().movedTo(Instant.now().plus(Duration.ofDays(16)))) {
            List<JsonObject> proofs = awaitKinds(ref, List.of("DEPOSIT", "NOTIFICATION", "NEGLECT"));
            JsonObject letter = api.getAs("/admin/electronic-letters?deposit=" + ref, Keycloak.adminToken())
                    .jsonArray().getJsonObject(0);
            assertEquals(letter.getString("deadline"), proofs.get(2).getString("eventAt"), "as of its deadline");
            String digest = null;
            for (JsonObject proof : proofs) {
                String text = verifiedProof(proof);
                Matcher found = SHA_256.matcher(text);
                assertTrue(found.find(), text);
                assertTrue(digest == null || digest.equals(found.group()), "one letter, one digest: " + text);
                digest = found.group();
            }
        }
        ApiClient.Answer unknown = api.getAs(proofPath(ref, "receipt"), partner);
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("deposit"), unknown.body());
        ApiClient.Answer upper = api.getAs(proofPath(ref, "NEGLECT"), partner);
        assertEquals(404, upper.status(), "kinds are written as their hrefs give them");
        ApiClient.Answer refused = api.getAs(proofPath(ref, "refusal"), partner);
        assertEquals(409, refused.status(), refused.body());
        ApiClient.Answer english = api.send(api.request(proofPath(ref, "refusal"), partner)
                .header("Accept-Language", "en").GET());
        assertTrue(english.json().getString("detail").contains("has not reached this step"), english.body());

        String other = Keycloak.otherPartnerToken();
        assertEquals(404, api.getAs(listPath(ref), other).status(), "another partner's letter is not found");
        assertEquals(404, api.getAs(proofPath(ref, "deposit"), other).status());
        AuditProbe.eventOn(api, "GET DepositsResource.electronicProof",
                ref + "/documents/0/electronic-proofs/neglect");
    }

    @Test
    void anUndeliverableLetterIsProvenUndeliveredWithoutANotification() throws Exception {
        String email = "inconnu-" + unique() + "@exemple.fr";
        String ref = deposit(email);
        List<JsonObject> proofs = awaitKinds(ref, List.of("DEPOSIT", "UNDELIVERABLE"));
        for (JsonObject proof : proofs) {
            String text = verifiedProof(proof);
            assertTrue(text.contains("aucune notification remise au destinataire"), text);
        }
        assertEquals(409, api.getAs(proofPath(ref, "notification"), partner).status(), "never notified");
    }

    @Test
    void aStandardLetterHasNoElectronicProofs() throws Exception {
        String filename = "std-" + unique() + ".pdf";
        ApiClient.Answer submitted = api.submitPdf(partner, filename, LetterPdfs.conformingLetter(1));
        assertEquals(200, submitted.status(), submitted.body());
        String ref = submitted.json().getString("internalRef");
        api.awaitAnalysed(partner, ref);
        ApiClient.Answer answer = api.getAs(listPath(ref), partner);
        assertEquals(404, answer.status(), answer.body());
        assertTrue(answer.json().getString("detail").contains("LRE"), answer.body());
        assertEquals(404, api.getAs("/api/v2/deposits/" + ref + "/documents/7/electronic-proofs", partner).status());
    }

    /**
     * Downloads the proof, checks it as a verifier would, and answers its text: exactly one signature, PAdES
     * ({@code ETSI.CAdES.detached}) over the whole file but its value, verifying with the signer's certificate,
     * which is the demo PKI's platform-signing certificate, issued by the demo CA.
     */
    private String verifiedProof(JsonObject proof) throws Exception {
        String href = proof.getString("href");
        ApiClient.Download download = api.download(href, partner);
        assertEquals("application/pdf", download.headers().get("content-type").get(0));
        String disposition = download.headers().get("content-disposition").get(0);
        assertTrue(disposition.startsWith("attachment; filename=\"preuve-") && disposition.endsWith(".pdf\""),
                disposition);
        byte[] pdf = download.bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(1, signatures.size(), "exactly one signature");
            PDSignature signature = signatures.get(0);
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(pdf.length, range[2] + range[3], "the signature covers the file up to its end");
            byte[] signed = new byte[range[1] + range[3]];
            System.arraycopy(pdf, range[0], signed, 0, range[1]);
            System.arraycopy(pdf, range[2], signed, range[1], range[3]);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), signature.getContents(pdf));
            assertEquals(1, cms.getSignerInfos().size());
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)),
                    "the CMS signature verifies over the signed byte ranges");
            assertEquals(pem("platform-signing.pem"), certificate, "signed with the platform's signing key");
            X509Certificate ca = pem("ca.pem");
            certificate.verify(ca.getPublicKey());
            assertEquals(ca.getSubjectX500Principal(), certificate.getIssuerX500Principal());
            String text = new PDFTextStripper().getText(document);
            String title = proof.getString("title");
            assertTrue(text.contains(title), title + " in " + text);
            return text;
        }
    }

    private static X509Certificate pem(String name) throws Exception {
        try (InputStream in = Files.newInputStream(DemoPki.DIR.resolve(name))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** The proofs listed for the letter once their kinds are {@code kinds}, in that order. */
    private List<JsonObject> awaitKinds(String ref, List<String> kinds) throws InterruptedException {
        return waitFor(() -> {
            ApiClient.Answer listed = api.getAs(listPath(ref), partner);
            assertEquals(200, listed.status(), listed.body());
            List<JsonObject> proofs = listed.jsonArray().getValuesAs(JsonObject.class);
            List<String> seen = proofs.stream().map(p -> p.getString("kind")).toList();
            if (!seen.equals(kinds)) {
                return null;
            }
            for (JsonObject proof : proofs) {
                assertEquals(proofPath(ref, proof.getString("kind").toLowerCase()), proof.getString("href"));
                Instant.parse(proof.getString("eventAt"));
            }
            return proofs;
        }, "proofs " + kinds + " of " + ref);
    }

    /** An LRE file of one letter to a private person at {@code email}, deposited through v1: its reference. */
    private String deposit(String email) throws InterruptedException {
        String filename = "lre-" + unique() + ".pdf";
        String parameters = "{\"filename\":\"" + filename + "\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":"
                + "\"LRE\"},\"recipient\":{\"information\":{\"emailAddress\":\"" + email + "\",\"type\":"
                + "\"PARTICULIER\",\"lastname\":\"Martin\",\"firstname\":\"Claire\"}}}";
        ApiClient.Answer answer = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", filename, "application/pdf", LetterPdfs.conformingLetter(1))
                .json("jsonParameters", parameters));
        assertEquals(200, answer.status(), answer.body());
        String ref = answer.json().getString("internalRef");
        api.awaitAnalysed(partner, ref);
        return ref;
    }

    private static String listPath(String ref) {
        return "/api/v2/deposits/" + ref + "/documents/0/electronic-proofs";
    }

    private static String proofPath(String ref, String kind) {
        return listPath(ref) + "/" + kind;
    }

    /** The {@code index}-th message to {@code email} (from 0), waited for. */
    private SmtpRelay.Received mailNumber(String email, int index) throws InterruptedException {
        return waitFor(() -> {
            List<SmtpRelay.Received> mine = relay.received().stream().filter(r -> r.recipients().contains(email))
                    .toList();
            return mine.size() > index ? mine.get(index) : null;
        }, "message " + index + " to the recipient");
    }

    private static String text(SmtpRelay.Received received) throws IOException, MessagingException {
        return received.message().getSubject() + "\n" + received.message().getContent();
    }

    private static String firstMatch(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        assertTrue(found.find(), text);
        return found.group();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T waitFor(Supplier<T> probe, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + PATIENCE);
            }
            Thread.sleep(250);
        }
    }
}
