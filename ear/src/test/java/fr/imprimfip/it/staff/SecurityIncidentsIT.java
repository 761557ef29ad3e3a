package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.Purges;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Security incidents through the admin API: an incident opened on a partner isolates it at once (its calls refused,
 * its data on legal hold), moves forward through its phases and closes on a verification note; expired data on legal
 * hold outlives its retention until the hold is released. A personal-data breach is notified by the platform (the
 * processor) to the partner concerned (the controller) within 48 hours, in stages: each stage counted from the
 * partner's deposits of the period, e-mailed with its PDF to the partner's data controller and DPO through the
 * relay, the deadline met once that e-mail left; the letters concerned exported for the partner as CSV, audited; the
 * incident closes only once the partner was sent its notice.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIncidentsIT {

    /** The mail relay the server is provisioned with. */
    private static final ServerSetup RELAY = new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void anIncidentIsolatesItsPartnerUntilHandled() throws Exception {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.otherPartnerToken();
        String rejected = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "rebut.pdf", "application/pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8))
                .json("jsonParameters", ApiClient.v1Parameters("rebut.pdf"))).json().getString("internalRef");
        api.awaitAnalysed(partner, rejected);
        Instant expiry = Instant.parse(api.getAs("/admin/deposits/" + rejected, admin).json()
                .getString("contentExpiresAt"));
        Instant detected = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        ApiClient.Answer opened = post(admin, "/admin/security-incidents", "{\"summary\": \"Certificat applicatif"
                + " exposé sur un dépôt de code public\", \"detectedAt\": \"" + detected + "\", \"personalDataBreach\":"
                + " false, \"partners\": [\"demo-partner-b\"], \"isolate\": true}");
        assertEquals(201, opened.status(), opened.body());
        JsonObject incident = opened.json();
        String reference = incident.getString("reference");
        try {
            assertEquals("IMMEDIATE_RESPONSE", incident.getString("phase"));
            assertFalse(incident.containsKey("breachNotificationDue") && !incident.isNull("breachNotificationDue"),
                    "no breach, no deadline: " + incident);
            assertEquals("demo-partner-b", incident.getJsonArray("partners").getString(0));

            ApiClient.Answer refused = api.getAs("/api/v2/deposits", partner);
            assertEquals(403, refused.status(), "cut off at once: " + refused.body());
            assertTrue(refused.json().getString("detail").contains("incident de sécurité"), refused.body());
            AuditProbe.assertRefusalAudited(api, refused, "incident");
            JsonObject convention = api.getAs("/admin/partners/demo-partner-b", admin).json();
            assertEquals("ISOLATED", convention.getString("status"));
            assertFalse(convention.isNull("legalHoldSince"), "logs and data on legal hold");
            assertEquals(200, api.getAs("/api/v2/deposits", Keycloak.demoPartnerToken()).status(),
                    "the other partners are not concerned");
            purgeAsOf(admin, expiry.plusSeconds(1));
            assertTrue(api.getAs("/admin/deposits/" + rejected, admin).json().getBoolean("contentStored"),
                    "expired content on legal hold is kept");

            String path = "/admin/security-incidents/" + reference;
            assertEquals(200, post(admin, path + "/phase", "{\"phase\": \"INVESTIGATION\", \"note\": \"Journaux"
                    + " d'accès exportés\"}").status());
            assertEquals(409, post(admin, path + "/phase", "{\"phase\": \"IMMEDIATE_RESPONSE\", \"note\": \"non\"}")
                    .status(), "phases do not go back");
            assertEquals(409, post(admin, path + "/breach-notices", "{\"partner\": \"demo-partner-b\", \"nature\":"
                    + " \"x\", \"periodFrom\": \"" + detected + "\", \"periodTo\": \"" + Instant.now() + "\"}")
                    .status(), "an incident that is no breach is not notified as one");
            assertEquals(400, post(admin, path + "/closure", "{}").status(), "closure needs a verification note");

            boolean listed = api.getAs("/admin/security-incidents?open=true", admin).jsonArray()
                    .getValuesAs(JsonObject.class).stream().anyMatch(i -> i.getString("reference").equals(reference));
            assertTrue(listed, "open incidents are listed for the review");

            ApiClient.Answer closed = post(admin, path + "/closure", "{\"verificationNote\": \"Certificat révoqué et"
                    + " remplacé, aucun appel frauduleux dans les journaux\"}");
            assertEquals(200, closed.status(), closed.body());
            assertEquals("CLOSED", closed.json().getString("phase"));
            assertEquals(3, closed.json().getJsonArray("steps").size(), "opened, investigation, closed");
            assertEquals(404, api.getAs("/admin/security-incidents/INC-99999", admin).status());
        } finally {
            assertEquals(200, post(admin, "/admin/partners/demo-partner-b/isolation-end",
                    "{\"reason\": \"Incident " + reference + " clos\"}").status());
        }
        assertEquals(200, api.getAs("/api/v2/deposits", partner).status(), "served again once the isolation ends");
        JsonObject convention = api.getAs("/admin/partners/demo-partner-b", admin).json();
        assertFalse(convention.isNull("legalHoldSince"), "the legal hold outlives the isolation");
        ApiClient.Answer released = api.send(api.request("/admin/partners/demo-partner-b/legal-hold", admin).DELETE());
        assertEquals(200, released.status(), released.body());
        assertFalse(released.json().containsKey("legalHoldSince") && !released.json().isNull("legalHoldSince"),
                "the hold is released: " + released.body());
        purgeAsOf(admin, expiry.plusSeconds(1));
        assertFalse(api.getAs("/admin/deposits/" + rejected, admin).json().getBoolean("contentStored"),
                "once the hold is released, the retention rules apply again");
    }

    @Test
    void aBreachIsNotifiedToThePartnerInStagesWithItsPdfAndTheLettersConcerned() throws Exception {
        String admin = Keycloak.adminToken();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String domain = "@breach-" + run + ".invalid";
        assertEquals(200, api.send(api.request("/admin/partners/demo-partner-b/contacts", admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"contacts\": ["
                        + contact("REQUESTER", "demandeur" + domain) + ", " + contact("DATA_CONTROLLER", "traitement"
                        + domain) + ", " + contact("DPO", "dpo" + domain) + ", " + contact("TECHNICAL_CONTACT",
                        "support" + domain) + "]}"))).status());
        String partner = Keycloak.otherPartnerToken();
        // from now exactly: a file the partner deposited a second earlier (another test's) is not of this breach
        Instant from = Instant.now();
        String file = api.submitPdf(partner, "breach-" + run + ".pdf", LetterPdfs.file()
                .letter("VIOL-" + run + "-1", 1).letter("VIOL-" + run + "-2", 1).letter("VIOL-" + run + "-3", 1)
                .build()).json().getString("internalRef");
        api.awaitAnalysed(partner, file);
        Instant to = Instant.now().plusSeconds(1);
        Instant detected = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String reference = post(admin, "/admin/security-incidents", "{\"summary\": \"Export de plis " + run
                + " lisible sans authentification\", \"detectedAt\": \"" + detected + "\", \"personalDataBreach\": true,"
                + " \"partners\": [\"demo-partner-b\"], \"isolate\": false}").json().getString("reference");
        String path = "/admin/security-incidents/" + reference;
        JsonObject before = api.getAs(path, admin).json();
        assertEquals(detected.plus(48, ChronoUnit.HOURS), Instant.parse(before.getString("breachNotificationDue")));
        assertEquals("RUNNING", before.getJsonArray("breachNotices").getJsonObject(0).getString("deadline"));
        assertEquals(409, post(admin, path + "/closure", "{\"verificationNote\": \"RAS\"}").status(),
                "a breach closes only once the partner was sent its notice");

        GreenMail relay = new GreenMail(RELAY);
        relay.start();
        try {
            ApiClient.Answer first = post(admin, path + "/breach-notices", "{\"partner\": \"demo-partner-b\","
                    + " \"nature\": \"Perte de confidentialité des plis " + run + "\", \"periodFrom\": \"" + from
                    + "\", \"periodTo\": \"" + to + "\"}");
            assertEquals(201, first.status(), first.body());
            JsonObject stage = first.json().getJsonArray("breachNotices").getJsonObject(0).getJsonArray("stages")
                    .getJsonObject(0);
            assertEquals(1, stage.getInt("files"), stage.toString());
            assertEquals(3, stage.getInt("letters"), "the letters the partner deposited in the period");
            assertEquals(3, stage.getInt("recipients"), "three distinct business references");
            assertEquals(400, post(admin, path + "/breach-notices", "{\"partner\": \"demo-partner-b\", \"nature\":"
                    + " \"x\", \"periodFrom\": \"" + from + "\", \"periodTo\": \"" + to + "\", \"finalStage\": true}")
                    .status(), "the final stage tells the consequences and measures");

            MimeMessage mail = await(relay, reference + " (étape 1)");
            List<String> to1 = Arrays.stream(mail.getAllRecipients()).map(Object::toString).sorted().toList();
            assertEquals(List.of("dpo" + domain, "traitement" + domain), to1, "data controller and DPO only");
            String pdf = pdfText(mail);
            assertTrue(pdf.contains("Perte de confidentialité des plis " + run), pdf);
            assertTrue(pdf.contains("3 plis dans 1 fichiers") && pdf.contains("3 destinataires distincts"), pdf);
            assertTrue(pdf.contains("À compléter"), "consequences and measures to come: " + pdf);

            JsonObject met = awaitDeadline(admin, path, "MET");
            assertFalse(met.getBoolean("breachNotificationOverdue"));
            assertTrue(Instant.parse(met.getString("breachNotifiedAt")).isBefore(detected.plus(48, ChronoUnit.HOURS)));

            ApiClient.Answer last = post(admin, path + "/breach-notices", "{\"partner\": \"demo-partner-b\","
                    + " \"nature\": \"Perte de confidentialité des plis " + run + "\", \"periodFrom\": \"" + from
                    + "\", \"periodTo\": \"" + to + "\", \"consequences\": \"Hameçonnage ciblé possible\","
                    + " \"measures\": \"Lien révoqué, journaux analysés\", \"finalStage\": true}");
            assertEquals(201, last.status(), last.body());
            assertTrue(pdfText(await(relay, reference + " (étape 2)")).contains("Lien révoqué, journaux analysés"));
            assertEquals(409, post(admin, path + "/breach-notices", "{\"partner\": \"demo-partner-b\", \"nature\":"
                    + " \"x\", \"periodFrom\": \"" + from + "\", \"periodTo\": \"" + to + "\"}").status(),
                    "the notice is complete");
            ApiClient.Answer stored = api.getAs(path + "/breach-notices/demo-partner-b/2", admin);
            assertEquals(200, stored.status());
        } finally {
            relay.stop();
        }

        ApiClient.Answer csv = api.getAs(path + "/breach-notices/demo-partner-b/letters", admin);
        assertEquals(200, csv.status(), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertEquals(4, lines.size(), "a header and the three letters: " + csv.body());
        assertTrue(lines.get(1).startsWith(file + ";VIOL-" + run + "-1;"), lines.get(1));
        AuditProbe.eventOn(api, "GET SecurityIncidentsResource.affectedLetters", reference + "/demo-partner-b");
        assertEquals(403, api.getAs(path + "/breach-notices/demo-partner-b/letters", partner).status(),
                "for administrators only");

        ApiClient.Answer closed = post(admin, path + "/closure", "{\"verificationNote\": \"Partenaire notifié, liste"
                + " des plis remise\"}");
        assertEquals(200, closed.status(), closed.body());
    }

    private static String contact(String role, String email) {
        return "{\"role\": \"" + role + "\", \"name\": \"Contact " + role + "\", \"email\": \"" + email + "\"}";
    }

    private JsonObject awaitDeadline(String admin, String path, String deadline) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonObject incident = api.getAs(path, admin).json();
            if (deadline.equals(incident.getJsonArray("breachNotices").getJsonObject(0).getString("deadline"))) {
                return incident;
            }
            assertTrue(System.nanoTime() < until, "deadline never " + deadline + ": " + incident);
            Thread.sleep(200);
        }
    }

    private static MimeMessage await(GreenMail relay, String subject) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            for (MimeMessage message : relay.getReceivedMessages()) {
                if (message.getSubject().contains(subject)) {
                    return message;
                }
            }
            assertTrue(System.nanoTime() < until, "no e-mail " + subject);
            Thread.sleep(200);
        }
    }

    /** The text of the PDF attached to {@code mail}. */
    private static String pdfText(MimeMessage mail) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertTrue(part.getContentType().startsWith("application/pdf"), part.getContentType());
                assertTrue(part.getFileName().endsWith(".pdf"), part.getFileName());
                try (InputStream in = part.getInputStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                    return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                }
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private void purgeAsOf(String admin, Instant asOf) throws InterruptedException {
        JsonObject run = Purges.asOf(api, ServerClock.ofTestServer(), asOf);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    }

    private ApiClient.Answer post(String admin, String path, String json) {
        return api.send(api.request(path, admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
