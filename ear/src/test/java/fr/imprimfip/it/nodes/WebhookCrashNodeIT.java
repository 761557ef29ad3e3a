package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LoopbackHttpsServer;
import fr.imprimfip.it.LoopbackHttpsServer.Answer;
import fr.imprimfip.it.LoopbackHttpsServer.Request;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.testing.LetterPdfs;

/**
 * A node killed ({@code kill -9}) in the middle of a webhook delivery loses no event: once it is back on the same
 * data, every event of the partner's deposits reaches its endpoint, the one whose attempt the kill cut is sent again
 * under the same webhook-id (the receiver's dedup takes each id once), and each fact is one event. The endpoint is
 * down (503) while the files are deposited, so that the kill comes right as the first attempt after that arrives,
 * held unanswered by the receiver, well within the node's two-second wait for an answer. Runs a node of its own, on
 * the database of the build (H2 or PostgreSQL), without production cut-offs so each letter stays pending.
 */
class WebhookCrashNodeIT {

    private static final int FILES = 8;
    private static final Duration PATIENCE = Duration.ofSeconds(75);

    @Test
    void aNodeKilledMidDeliverySendsEveryEventOnceBackUnderTheSameIds() throws Exception {
        try (LoopbackHttpsServer receiver = new LoopbackHttpsServer();
             ServerNode node = ServerNode.fresh("webhook-crash", 1200, Map.of()).webhooksToLoopback()
                     .environment("IMPRIMFIP_PRODUCTION_CUTOFF_ENABLED", "false").start()) {
            receiver.answer("/crash/", Answer.status(503));
            ApiClient api = new ApiClient(node.baseUrl());
            String token = Keycloak.demoPartnerToken();
            ApiClient.Answer created = api.postJson("/api/v2/webhooks", token, "{\"url\": \""
                    + receiver.url("/crash/hooks") + "\", \"eventTypes\": [\"file.analysed\","
                    + " \"document.status_changed\"]}");
            assertEquals(201, created.status(), created.body());
            String webhook = "/api/v2/webhooks/" + created.json().getString("id");
            receiver.secrets(created.json().getString("id"), created.json().getString("secret"));
            try {
                killedMidDelivery(node, api, receiver, token, webhook);
            } finally {
                api.send(api.request(webhook, Keycloak.demoPartnerToken()).DELETE());
            }
        }
    }

    private static void killedMidDelivery(ServerNode node, ApiClient api, LoopbackHttpsServer receiver, String token,
                                          String webhook) throws Exception {
        Map<String, Integer> letters = new LinkedHashMap<>();
        for (int file = 0; file < FILES; file++) {
            LetterPdfs pdf = LetterPdfs.file();
            int count = 1 + file % 2;
            for (int letter = 0; letter < count; letter++) {
                pdf.letter("WH-" + file + "-" + letter, 1);
            }
            ApiClient.Answer deposit = api.send(api.request("/api/v2/deposits?filename=crash-" + file + ".pdf",
                    token).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf.build())));
            assertEquals(201, deposit.status(), deposit.body());
            letters.put(deposit.json().getString("reference"), count);
        }

        receiver.answer("/crash/", Answer.toFirstRequest(Answer.held(), Answer.status(200)));
        Request cut = receiver.await(Request::held, PATIENCE);
        node.kill();
        receiver.release();
        Instant killed = Instant.now();
        node.start();
        Instant restarted = Instant.now();

        Request redelivered = receiver.await(r -> cut.webhookId().equals(r.webhookId()) && r.status() == 200,
                PATIENCE);
        assertTrue(redelivered.at().isAfter(killed), "sent again by the node once back: " + redelivered);
        assertEquals(cut.body(), redelivered.body(), "the same event");
        for (Map.Entry<String, Integer> file : letters.entrySet()) {
            receiver.await(r -> r.about(file.getKey(), "file.analysed") && r.status() == 200, PATIENCE);
            for (int position = 0; position < file.getValue(); position++) {
                int at = position;
                receiver.await(r -> r.about(file.getKey(), "document.status_changed") && r.status() == 200
                        && r.json().getJsonObject("data").getInt("position") == at
                        && "PENDING".equals(r.json().getJsonObject("data").getString("statusName")), PATIENCE);
            }
        }
        Duration back = Duration.between(killed, Instant.now());

        List<Request> ours = receiver.all(r -> letters.keySet().stream().anyMatch(ref -> r.about(ref,
                "file.analysed") || r.about(ref, "document.status_changed")));
        assertTrue(ours.stream().allMatch(r -> r.signatures() == 1 && r.validSignatures() == 1),
                "every delivery signed with the subscription's secret: " + ours);
        Map<String, Set<String>> idsPerFact = ours.stream().collect(Collectors.groupingBy(WebhookCrashNodeIT::fact,
                Collectors.mapping(Request::webhookId, Collectors.toSet())));
        idsPerFact.forEach((fact, ids) -> assertEquals(1, ids.size(), "one event for " + fact + ": " + ids));
        for (String reference : letters.keySet()) {
            assertTrue(idsPerFact.containsKey(reference + " file.analysed"), "analysed: " + reference);
        }
        assertEquals(FILES + letters.values().stream().mapToInt(Integer::intValue).sum(),
                idsPerFact.keySet().stream().filter(f -> f.endsWith("file.analysed") || f.endsWith("PENDING"))
                        .count(), idsPerFact.toString());
        Set<String> ids = ours.stream().map(Request::webhookId).collect(Collectors.toSet());
        for (String id : ids) {
            assertEquals(1, receiver.processed(id), "processed once by the receiver: " + id);
        }
        assertEquals(1, receiver.processed(cut.webhookId()));

        // the platform's log: the cut attempt never ended, so the 200 is the attempt after the 503s it got
        long refused = receiver.all(r -> cut.webhookId().equals(r.webhookId()) && r.status() == 503).size();
        JsonObject delivered = awaitLogged(api, Keycloak.demoPartnerToken(), webhook, cut.webhookId());
        assertEquals(refused + 1, delivered.getInt("attempt"), delivered.toString());
        System.out.println("Webhook crash: " + ids.size() + " events, " + ours.size() + " requests; every event"
                + " delivered " + back.toSeconds() + " s after the kill, the node back in "
                + Duration.between(killed, restarted).toSeconds() + " s");
    }

    /** What a request tells: a file analysed, or a letter's status; one event each. */
    private static String fact(Request request) {
        JsonObject data = request.json().getJsonObject("data");
        return request.type().equals("file.analysed") ? data.getString("reference") + " file.analysed"
                : data.getString("reference") + " " + data.getInt("position") + " " + data.getString("statusName");
    }

    /** The delivery log's successful attempt of an event, once it is recorded. */
    private static JsonObject awaitLogged(ApiClient api, String token, String webhook, String eventId)
            throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        List<JsonObject> attempts = List.of();
        while (Instant.now().isBefore(until)) {
            attempts = api.getAs(webhook + "/deliveries?limit=200", token).json().getJsonArray("deliveries")
                    .getValuesAs(JsonObject.class);
            for (JsonObject attempt : attempts) {
                if (attempt.getString("eventId").equals(eventId) && attempt.getInt("httpStatus", 0) == 200) {
                    return attempt;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not delivered in the log: " + attempts);
    }
}
