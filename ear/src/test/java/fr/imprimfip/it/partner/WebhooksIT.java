package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LoopbackHttpsServer;
import fr.imprimfip.it.LoopbackHttpsServer.Answer;
import fr.imprimfip.it.LoopbackHttpsServer.Request;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Webhooks through v2, delivered to the loopback HTTPS receiver (the server is a test server: it allows loopback
 * endpoints, trusts the demo authority, retries after a second and waits two seconds for an answer). The receiver
 * checks every signature as the Standard Webhooks specification says and dedups by webhook-id; {@code /ok/...}
 * answers 200, {@code /fail-first/...} 500 to an event's first attempt, {@code /slow-first/...} an event's first
 * attempt after 4 seconds, {@code /drip/...} 200 at once and then its body a byte every half second for {@link #DRIP}.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final Duration DRIP = Duration.ofSeconds(40);
    private static LoopbackHttpsServer receiver;

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new LoopbackHttpsServer();
        receiver.answer("/fail-first/", Answer.toFirstAttempt(Answer.status(500), Answer.status(200)));
        receiver.answer("/slow-first/", Answer.toFirstAttempt(Answer.status(200).after(Duration.ofSeconds(4)),
                Answer.status(200)));
        receiver.answer("/drip/", Answer.trickled(200, DRIP));
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aSubscriptionIsMadePausedRotatedPingedAndDeleted() throws Exception {
        String token = Keycloak.demoPartnerToken();
        assertRefused(api.postJson("/api/v2/webhooks", token, "{\"url\": \"http://127.0.0.1:" + receiver.port()
                + "/h\", \"eventTypes\": [\"file.analysed\"]}"), "https");
        assertRefused(api.postJson("/api/v2/webhooks", token,
                "{\"url\": \"https://169.254.169.254/latest\", \"eventTypes\": [\"file.analysed\"]}"), "169.254");
        assertRefused(api.postJson("/api/v2/webhooks", token,
                "{\"url\": \"https://10.0.0.1/h\", \"eventTypes\": [\"file.analysed\"]}"), "10.0.0.1");
        assertRefused(api.postJson("/api/v2/webhooks", token, "{\"url\": \"" + receiver.url("/ok/hooks")
                + "\", \"eventTypes\": [\"letter.eaten\"]}"), "letter.eaten");

        ApiClient.Answer created = api.postJson("/api/v2/webhooks", token, "{\"url\": \"" + receiver.url("/ok/hooks")
                + "\", \"eventTypes\": [\"document.status_changed\"], \"description\": \"Essai\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject webhook = created.json();
        String id = webhook.getString("id");
        String path = "/api/v2/webhooks/" + id;
        try {
            assertTrue(id.matches("wh_[0-9A-Z]{26}"), id);
            assertEquals(path, java.net.URI.create(created.header("Location")).getPath());
            assertEquals("ACTIVE", webhook.getString("status"));
            assertEquals("no-store", created.header("Cache-Control"), "an answer showing a secret is never cached");
            String secret = webhook.getString("secret");
            assertTrue(secret.startsWith("whsec_"));
            assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
            receiver.secrets(id, secret);

            JsonObject read = api.getAs(path, token).json();
            assertTrue(!read.containsKey("secret") || read.isNull("secret"), "the secret is shown once");
            assertEquals("Essai", read.getString("description"));
            assertTrue(api.getAs("/api/v2/webhooks", token).jsonArray().stream()
                    .anyMatch(w -> w.asJsonObject().getString("id").equals(id)
                            && w.asJsonObject().getString("secret", null) == null));
            assertEquals(404, api.getAs(path, Keycloak.otherPartnerToken()).status(), "another partner's");

            assertEquals("PAUSED", post(path + "/pause", token).json().getString("status"));
            ApiClient.Answer pausedPing = post(path + "/ping", token);
            assertEquals(409, pausedPing.status(), pausedPing.body());
            assertEquals("ACTIVE", post(path + "/resume", token).json().getString("status"));

            ApiClient.Answer ping = post(path + "/ping", token);
            assertEquals(202, ping.status(), ping.body());
            String pingId = ping.json().getString("eventId");
            Request pinged = receiver.await(r -> r.webhookId().equals(pingId) && r.status() == 200, WAIT);
            assertTrue(pinged.validSignatures() == 1, "signed with the secret");
            assertEquals("webhook.ping", pinged.json().getString("type"));
            assertEquals(id, pinged.json().getJsonObject("data").getString("reference"));
            assertEquals("ImprimFIP-Webhooks/1", pinged.header("User-Agent"));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - pinged.timestamp()) < 60);

            ApiClient.Answer rotated = api.postJson(path + "/secret-rotation", token, "{\"overlapHours\": 24}");
            assertEquals(200, rotated.status(), rotated.body());
            assertEquals("no-store", rotated.header("Cache-Control"));
            String newSecret = rotated.json().getString("secret");
            assertNotNull(rotated.json().getString("previousSecretExpiresAt"));
            receiver.secrets(id, newSecret, secret);
            String secondPing = post(path + "/ping", token).json().getString("eventId");
            Request overlapped = receiver.await(r -> r.webhookId().equals(secondPing) && r.status() == 200, WAIT);
            assertEquals(2, overlapped.signatures(), "signed with both secrets during the overlap");
            assertEquals(2, overlapped.validSignatures());
            assertRefused(api.postJson(path + "/secret-rotation", token, "{\"overlapHours\": 100}"), "72");

            awaitLog(path, token, a -> a.getString("eventId").equals(secondPing));
            JsonObject log = api.getAs(path + "/deliveries?limit=1", token).json();
            assertEquals(1, log.getJsonArray("deliveries").size());
            JsonObject last = log.getJsonArray("deliveries").getJsonObject(0);
            assertEquals(secondPing, last.getString("eventId"));
            assertEquals(200, last.getInt("httpStatus"));
            assertNotNull(log.getString("nextCursor"));
            JsonObject older = api.getAs(path + "/deliveries?limit=5&cursor=" + log.getString("nextCursor"), token)
                    .json();
            assertEquals(pingId, older.getJsonArray("deliveries").getJsonObject(0).getString("eventId"));
        } finally {
            assertEquals(204, api.send(api.request(path, token).DELETE()).status());
        }
        assertEquals(404, api.getAs(path, token).status());
    }

    @Test
    void aDepositsEventsAreRetriedAfterA500ThenReplayed() throws Exception {
        String token = Keycloak.demoPartnerToken();
        JsonObject webhook = api.postJson("/api/v2/webhooks", token, "{\"url\": \"" + receiver.url("/fail-first/hooks")
                + "\", \"eventTypes\": [\"file.analysed\", \"document.status_changed\"]}").json();
        String id = webhook.getString("id");
        String path = "/api/v2/webhooks/" + id;
        receiver.secrets(id, webhook.getString("secret"));
        try {
            Instant before = Instant.now().minusSeconds(1);
            ApiClient.Answer deposit = api.send(api.request("/api/v2/deposits?filename=webhooks.pdf", token)
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
            assertEquals(201, deposit.status(), deposit.body());
            String reference = deposit.json().getString("reference");

            Request analysed = receiver.await(r -> r.about(reference, "file.analysed") && r.status() == 200, WAIT);
            JsonObject data = analysed.json().getJsonObject("data");
            assertEquals("SUBMITTED", data.getString("outcome"));
            assertEquals(1, data.getInt("documents"));
            assertEquals(0, data.getInt("rejected"));
            assertTrue(receiver.all(r -> r.webhookId().equals(analysed.webhookId())).stream()
                    .anyMatch(r -> r.status() == 500),
                    "the first attempt got a 500 and was retried");
            assertTrue(receiver.all(r -> r.webhookId().equals(analysed.webhookId())).stream()
                    .allMatch(r -> r.validSignatures() == 1), "every attempt signed");

            Request status = receiver.await(r -> r.about(reference, "document.status_changed")
                    && r.status() == 200, WAIT);
            assertEquals(0, status.json().getJsonObject("data").getInt("position"));
            assertEquals("En attente de traitement", status.json().getJsonObject("data").getString("status"));
            assertEquals(Set.of("reference", "position", "status", "statusName", "sendingType", "environment"),
                    status.json().getJsonObject("data").keySet(), "the facts, no personal data");

            List<JsonObject> attempts = awaitLog(path, token, a -> a.getString("eventId").equals(analysed.webhookId())
                    && a.getInt("httpStatus", 0) == 200);
            assertTrue(attempts.stream().anyMatch(a -> a.getString("eventId").equals(analysed.webhookId())
                    && a.getInt("httpStatus", 0) == 500 && a.getInt("attempt") == 1), attempts.toString());
            assertTrue(attempts.stream().anyMatch(a -> a.getString("eventId").equals(analysed.webhookId())
                    && a.getInt("httpStatus", 0) == 200 && a.getInt("attempt") >= 2), attempts.toString());
            int processed = receiver.processed(analysed.webhookId());

            ApiClient.Answer one = api.postJson(path + "/replays", token, "{\"eventId\": \"" + analysed.webhookId()
                    + "\"}");
            assertEquals(202, one.status(), one.body());
            assertEquals(1, one.json().getInt("replayed"));
            receiver.await(r -> r.webhookId().equals(analysed.webhookId()) && r.duplicate(), WAIT);
            assertEquals(processed, receiver.processed(analysed.webhookId()), "the receiver dedups by webhook-id");

            ApiClient.Answer range = api.postJson(path + "/replays", token, "{\"from\": \"" + before + "\", \"to\": \""
                    + Instant.now().plusSeconds(1) + "\"}");
            assertEquals(202, range.status(), range.body());
            assertTrue(range.json().getInt("replayed") >= 2, range.body());
            assertRefused(api.postJson(path + "/replays", token, "{\"eventId\": \"evt_0000000000000000000000000X\"}"),
                    "evt_");
        } finally {
            api.send(api.request(path, token).DELETE());
        }
    }

    @Test
    void anEndpointTooSlowIsRetriedAndDoesNotHoldAnother() throws Exception {
        String token = Keycloak.demoPartnerToken();
        JsonObject slow = api.postJson("/api/v2/webhooks", token, "{\"url\": \"" + receiver.url("/slow-first/hooks")
                + "\", \"eventTypes\": [\"statement.issued\"]}").json();
        JsonObject quick = api.postJson("/api/v2/webhooks", token, "{\"url\": \"" + receiver.url("/ok/hooks")
                + "\", \"eventTypes\": [\"statement.issued\"]}").json();
        receiver.secrets(slow.getString("id"), slow.getString("secret"));
        receiver.secrets(quick.getString("id"), quick.getString("secret"));
        String slowPath = "/api/v2/webhooks/" + slow.getString("id");
        String quickPath = "/api/v2/webhooks/" + quick.getString("id");
        try {
            String slowPing = post(slowPath + "/ping", token).json().getString("eventId");
            String quickPing = post(quickPath + "/ping", token).json().getString("eventId");
            Request answeredQuickly = receiver.await(r -> r.webhookId().equals(quickPing) && r.status() == 200, WAIT);
            Instant until = Instant.now().plus(WAIT);
            while (receiver.all(r -> r.webhookId().equals(slowPing)).size() < 2 && Instant.now().isBefore(until)) {
                Thread.sleep(100);      // until the slow endpoint's retry
            }
            Request firstSlow = receiver.all(r -> r.webhookId().equals(slowPing)).stream()
                    .min(java.util.Comparator.comparing(Request::at)).orElseThrow();
            assertTrue(answeredQuickly.at().isBefore(firstSlow.at().plusSeconds(4)),
                    "the quick endpoint was served while the slow one still held its first attempt");
            List<JsonObject> attempts = awaitLog(slowPath, token, a -> a.getInt("httpStatus", 0) == 200);
            assertTrue(attempts.stream().anyMatch(a -> a.getInt("attempt") == 1 && (!a.containsKey("httpStatus") || a.isNull("httpStatus"))
                    && a.getString("error").contains("2 s")), attempts.toString());
            assertTrue(attempts.stream().anyMatch(a -> a.getInt("httpStatus", 0) == 200), attempts.toString());
        } finally {
            api.send(api.request(slowPath, token).DELETE());
            api.send(api.request(quickPath, token).DELETE());
        }
    }

    @Test
    void anEndpointTricklingItsAnswerDoesNotHoldTheDelivery() throws Exception {
        String token = Keycloak.demoPartnerToken();
        JsonObject drip = api.postJson("/api/v2/webhooks", token, "{\"url\": \"" + receiver.url("/drip/hooks")
                + "\", \"eventTypes\": [\"statement.issued\"]}").json();
        receiver.secrets(drip.getString("id"), drip.getString("secret"));
        String path = "/api/v2/webhooks/" + drip.getString("id");
        try {
            Instant pinged = Instant.now();
            String ping = post(path + "/ping", token).json().getString("eventId");
            List<JsonObject> attempts = awaitLog(path, token, a -> a.getInt("httpStatus", 0) == 200);
            Duration recordedAfter = Duration.between(pinged, Instant.now());
            assertTrue(recordedAfter.compareTo(DRIP.dividedBy(4)) < 0, "delivered as soon as the status"
                    + " came, not once the endpoint's slow answer ended: " + recordedAfter);
            assertEquals(1, receiver.processed(ping));
            assertEquals(1, attempts.size(), attempts.toString());
        } finally {
            api.send(api.request(path, token).DELETE());
        }
    }

    /** The webhook's delivery log once an attempt matching {@code wanted} is in it (recorded after the answer). */
    private List<JsonObject> awaitLog(String path, String token, Predicate<JsonObject> wanted)
            throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        List<JsonObject> attempts = List.of();
        while (Instant.now().isBefore(until)) {
            attempts = api.getAs(path + "/deliveries?limit=100", token).json().getJsonArray("deliveries")
                    .getValuesAs(JsonObject.class);
            if (attempts.stream().anyMatch(wanted)) {
                return attempts;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not in the delivery log: " + attempts);
    }

    private ApiClient.Answer post(String path, String token) {
        return api.send(api.request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static void assertRefused(ApiClient.Answer answer, String saying) {
        assertTrue(answer.status() == 400 || answer.status() == 404, answer.status() + " " + answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
        assertTrue(answer.body().contains(saying), answer.body());
    }
}
