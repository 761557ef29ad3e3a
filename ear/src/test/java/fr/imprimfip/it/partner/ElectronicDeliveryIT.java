package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.it.SmtpRelay;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Electronic registered letters (LRE) deposited through v1 and delivered by e-mail, through the server's mail session
 * to a relay this test starts on loopback (127.0.0.1:2525): the recipient is notified with a single-use link
 * ("Mis en distribution"), a private person without the sender's name and a professional with it; an address the
 * relay refuses makes the letter "Echec de distribution" at once, as does a bounce the relay's operator reports; a
 * letter left undecided past its deadline is "Négligé". Administrators see the letters with addresses masked. The
 * recipient's pages (link, code, decision) are driven by their own browser tests.
 */
@ExtendWith(ArquillianExtension.class)
class ElectronicDeliveryIT {

    private static final int RELAY_PORT = 2525;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("https://[^\\s]+/l/([A-Za-z0-9_-]{43})");

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();
    private SmtpRelay relay;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
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
    void aPrivatePersonIsNotifiedWithASingleUseLinkAndWithoutTheSendersName() throws Exception {
        String email = "claire-" + unique() + "@exemple.fr";
        String ref = deposit(email, person());

        SmtpRelay.Received notification = mailTo(email);
        String subject = notification.message().getSubject();
        String body = body(notification);
        assertEquals("Une lettre recommandée électronique vous attend", subject);
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), body);
        assertTrue(body.contains("https://localhost:8443/lre/l/" + link.group(1)), body);
        assertTrue(body.contains("(heure de Paris)") && body.contains("Claire Martin"), body);
        String sender = partnerName();
        assertFalse(subject.contains(sender) || body.contains(sender), "a private person does not see the sender: "
                + body);

        JsonObject document = awaitDocument(ref, "Mis en distribution");
        assertEquals("Mis en distribution", document.getString("status"), document.toString());

        ApiClient.Answer letters = api.getAs("/admin/electronic-letters?deposit=" + ref, Keycloak.adminToken());
        assertEquals(200, letters.status(), letters.body());
        assertFalse(letters.body().contains(email), "no address in clear for administrators: " + letters.body());
        JsonObject letter = letters.jsonArray().getJsonObject(0);
        assertEquals("NOTIFIED", letter.getString("state"), letter.toString());
        assertEquals("c***@exemple.fr", letter.getString("maskedEmail"));
        Instant notified = Instant.parse(letter.getString("notifiedAt"));
        Instant deadline = Instant.parse(letter.getString("deadline"));
        assertTrue(Duration.between(notified, deadline).toHours() >= 15 * 24 - 1
                && Duration.between(notified, deadline).toHours() <= 15 * 24 + 1, letter.toString());
        assertEquals("SENT", letter.getJsonArray("messages").getJsonObject(0).getString("state"), letter.toString());
    }

    @Test
    void aProfessionalIsToldWhoSendsTheLetter() throws Exception {
        String email = "courrier-" + unique() + "@dmt-solutions.fr";
        deposit(email, "{\"emailAddress\":\"" + email + "\",\"type\":\"PROFESSIONNEL\","
                + "\"socialReason\":\"DMT Solutions\"}");
        SmtpRelay.Received notification = mailTo(email);
        String sender = partnerName();
        assertEquals("Lettre recommandée électronique de " + sender, notification.message().getSubject());
        assertTrue(body(notification).contains("par " + sender), body(notification));
        assertTrue(LINK.matcher(body(notification)).find(), body(notification));
    }

    @Test
    void anAddressTheRelayRefusesMakesTheLetterUndeliverableAtOnce() throws Exception {
        String email = "inconnu-" + unique() + "@exemple.fr";
        String ref = deposit(email, person(email));

        JsonObject document = awaitDocument(ref, "Echec de distribution");
        assertEquals("Echec de distribution", document.getString("status"), document.toString());
        assertTrue(relay.received().stream().noneMatch(r -> r.recipients().contains(email)));

        ApiClient.Answer undelivered = api.getAs("/admin/electronic-letters?state=UNDELIVERABLE",
                Keycloak.adminToken());
        assertEquals(200, undelivered.status(), undelivered.body());
        assertFalse(undelivered.body().contains(email), "addresses masked, relay errors included");
        JsonObject letter = undelivered.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("internalRef").equals(ref)).findFirst().orElseThrow();
        assertEquals("i***@exemple.fr", letter.getString("maskedEmail"));
        JsonObject message = letter.getJsonArray("messages").getJsonObject(0);
        assertEquals("ABANDONED", message.getString("state"), message.toString());
        assertEquals(1, message.getInt("attempts"), "a refused recipient is not retried");
    }

    @Test
    void aBounceReportedAfterTheRelayTookTheNotificationFailsTheLetterOnce() throws Exception {
        String email = "claire-" + unique() + "@exemple.fr";
        String ref = deposit(email, person(email));
        awaitDocument(ref, "Mis en distribution");
        String admin = Keycloak.adminToken();
        long id = api.getAs("/admin/electronic-letters?deposit=" + ref, admin).jsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();

        String bounce = "{\"reason\": \"550 5.2.2 <" + email + ">: mailbox full\"}";
        assertEquals(403, api.postJson("/admin/electronic-letters/" + id + "/bounce", partner, bounce).status());
        ApiClient.Answer reported = api.postJson("/admin/electronic-letters/" + id + "/bounce", admin, bounce);
        assertEquals(200, reported.status(), reported.body());
        assertEquals("UNDELIVERABLE", reported.json().getString("state"));
        assertFalse(reported.body().contains(email), reported.body());
        assertEquals("Echec de distribution", document(ref).getString("status"));
        assertEquals(409, api.postJson("/admin/electronic-letters/" + id + "/bounce", admin, bounce).status());
        assertEquals(404, api.postJson("/admin/electronic-letters/999999999/bounce", admin, bounce).status());
    }

    @Test
    void aLetterLeftUndecidedPastItsDeadlineIsNeglected() throws Exception {
        String email = "claire-" + unique() + "@exemple.fr";
        String ref = deposit(email, person(email));
        awaitDocument(ref, "Mis en distribution");
        try (ServerClock clock = ServerClock.ofTestServer().movedTo(Instant.now().plus(Duration.ofDays(16)))) {
            JsonObject document = awaitDocument(ref, "Négligé");
            assertEquals("Négligé", document.getString("status"), document.toString());
        }
        JsonObject letter = api.getAs("/admin/electronic-letters?deposit=" + ref, Keycloak.adminToken()).jsonArray()
                .getJsonObject(0);
        assertEquals("NEGLECTED", letter.getString("state"), letter.toString());
        assertEquals(letter.getString("deadline"), letter.getString("decidedAt"), "neglected as of its deadline");
    }

    /**
     * The administrators' registered-mail figures for LRE count each letter by its outcome: one notified, one whose
     * notification the relay refused. Letters of other tests may be notified meanwhile (their e-mails retried now
     * that a relay listens), so the counts that only deposits and refusals move are exact, the others at least.
     */
    @Test
    void administratorsSeeTheElectronicLettersPerOutcomeInTheRegisteredMailFigures() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        JsonObject before = electronicFigures(year);
        String reachable = "claire-" + unique() + "@exemple.fr";
        String unknown = "inconnu-" + unique() + "@exemple.fr";
        String notified = deposit(reachable, person(reachable));
        String refused = deposit(unknown, person(unknown));
        awaitDocument(notified, "Mis en distribution");
        awaitDocument(refused, "Echec de distribution");
        JsonObject after = electronicFigures(year);

        assertEquals(before.getInt("accepted") + 2, after.getInt("accepted"), after.toString());
        assertEquals(before.getInt("failed") + 1, after.getInt("failed"), after.toString());
        assertTrue(after.getInt("sent") >= before.getInt("sent") + 2, after.toString());
        assertTrue(after.getInt("inDelivery") >= before.getInt("inDelivery") + 1, after.toString());
        assertEquals(0, after.getInt("acknowledgementsMissing"), "electronic letters have no paper acknowledgement");
    }

    /** The demo partner's LRE figures of {@code year} in the administrators' report (zeros when it has none yet). */
    private JsonObject electronicFigures(int year) {
        ApiClient.Answer report = api.getAs("/admin/registered-mail?year=" + year + "&sendingType=LRE",
                Keycloak.adminToken());
        assertEquals(200, report.status(), report.body());
        assertEquals("LRE", report.json().getString("sendingType"));
        return report.json().getJsonArray("partners").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("clientId").equals("demo-partner")).map(p -> p.getJsonObject("total"))
                .findFirst().orElse(Json.createObjectBuilder().add("accepted", 0).add("failed", 0)
                        .add("sent", 0).add("inDelivery", 0).add("acknowledgementsMissing", 0).build());
    }

    /** An LRE file of one letter to {@code information}, deposited through v1 and analysed: its reference. */
    private String deposit(String email, String information) throws InterruptedException {
        String filename = "lre-" + unique() + ".pdf";
        String parameters = "{\"filename\":\"" + filename + "\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":"
                + "\"LRE\"},\"recipient\":{\"information\":" + information.replace("EMAIL", email) + "}}";
        ApiClient.Answer answer = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", filename, "application/pdf", LetterPdfs.conformingLetter(1))
                .json("jsonParameters", parameters));
        assertEquals(200, answer.status(), answer.body());
        String ref = answer.json().getString("internalRef");
        JsonObject status = api.awaitAnalysed(partner, ref);
        assertEquals("Soumis", status.getJsonObject("fileStatus").getString("status"), status.toString());
        return ref;
    }

    private static String person() {
        return "{\"emailAddress\":\"EMAIL\",\"type\":\"PARTICULIER\",\"lastname\":\"Martin\",\"firstname\":\"Claire\"}";
    }

    private static String person(String email) {
        return person().replace("EMAIL", email);
    }

    private JsonObject document(String ref) {
        ApiClient.Answer status = api.status(partner, ref);
        assertEquals(200, status.status(), status.body());
        return status.json().getJsonArray("docStatus").getJsonObject(0);
    }

    private JsonObject awaitDocument(String ref, String label) throws InterruptedException {
        return waitFor(() -> {
            JsonObject document = document(ref);
            return label.equals(document.getString("status")) ? document : null;
        }, "document of " + ref + " " + label);
    }

    private SmtpRelay.Received mailTo(String email) throws InterruptedException {
        return waitFor(() -> relay.received().stream().filter(r -> r.recipients().contains(email)).findFirst()
                .orElse(null), "e-mail to the recipient");
    }

    private String partnerName() {
        ApiClient.Answer partners = api.getAs("/admin/partners", Keycloak.adminToken());
        assertEquals(200, partners.status(), partners.body());
        String name = partners.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("partner").equals("demo-partner")).map(p -> p.getString("name"))
                .findFirst().orElse(null);
        assertNotNull(name, partners.body());
        return name;
    }

    private static String body(SmtpRelay.Received received) throws IOException, MessagingException {
        return (String) received.message().getContent();
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
