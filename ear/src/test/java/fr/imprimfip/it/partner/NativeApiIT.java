package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.SlowBody;
import fr.imprimfip.testing.LetterPdfs;

/** The native API /api/v2: deposits, metadata, Idempotency-Key, search with cursors, timelines, deletion. */
@ExtendWith(ArquillianExtension.class)
class NativeApiIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aRawDepositIsReplayedByItsIdempotencyKeyAndAnotherBodyIsRefused() {
        String token = Keycloak.demoPartnerToken();
        String key = UUID.randomUUID().toString();
        byte[] pdf = LetterPdfs.conformingLetter(1);

        ApiClient.Answer first = rawDeposit(token, key, pdf, "metadata.dossier=D-42");
        ApiClient.Answer replay = rawDeposit(token, key, pdf, "metadata.dossier=D-42");
        ApiClient.Answer other = rawDeposit(token, key, LetterPdfs.conformingLetter(2), "metadata.dossier=D-42");

        assertEquals(201, first.status(), first.body());
        JsonObject receipt = first.json();
        assertEquals("/api/v2/deposits/" + receipt.getString("reference"),
                java.net.URI.create(first.header("Location")).getPath());
        assertEquals("D-42", receipt.getJsonObject("metadata").getString("dossier"));
        assertEquals(201, replay.status());
        assertEquals(first.body(), replay.body(), "a replay gets the first answer");
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(422, other.status(), other.body());
        assertEquals("urn:imprimfip:problem:idempotency-key-reused", other.json().getString("type"));
        assertTrue(other.header("Content-Type").startsWith("application/problem+json"));
    }

    @Test
    void aRequestWhileTheFirstIsInFlightIsAConflict() throws Exception {
        String token = Keycloak.demoPartnerToken();
        String key = UUID.randomUUID().toString();
        byte[] pdf = LetterPdfs.conformingLetter(1);
        CompletableFuture<ApiClient.Answer> slow = CompletableFuture.supplyAsync(() -> api.send(api
                .request("/api/v2/deposits?filename=courrier.pdf", token)
                .header("Content-Type", "application/pdf").header("Idempotency-Key", key)
                .POST(new SlowBody(pdf, Duration.ofSeconds(3)))));
        Thread.sleep(1_000);

        ApiClient.Answer concurrent = rawDeposit(token, key, pdf);

        assertEquals(409, concurrent.status(), concurrent.body());
        assertEquals("urn:imprimfip:problem:idempotency-key-in-flight", concurrent.json().getString("type"));
        assertEquals(201, slow.get().status(), "the first request completes");
        assertEquals(201, rawDeposit(token, key, pdf).status(), "and is replayed afterwards");
    }

    @Test
    void aMultipartDepositIsFollowedWithItsTimelineThenDeleted() throws Exception {
        String token = Keycloak.demoPartnerToken();
        String label = UUID.randomUUID().toString();
        ApiClient.Multipart form = new ApiClient.Multipart()
                .file("document", "lot.pdf", "application/pdf", LetterPdfs.file().letter("N-1", 1).letter("N-2", 1).build())
                .json("options", "{\"filename\":\"lot.pdf\",\"paper\":\"DUPLEX\",\"sendingType\":\"STD\","
                        + "\"metadata\":{\"campagne\":\"" + label + "\"}}")
                .file("annexes", "notice.pdf", "application/pdf", LetterPdfs.file().letter(null, 1).build());
        ApiClient.Answer created = api.send(api.request("/api/v2/deposits", token)
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
        assertEquals(201, created.status(), created.body());
        String ref = created.json().getString("reference");
        assertEquals(List.of("notice.pdf"), created.json().getJsonArray("annexes").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        JsonObject deposit = awaitAnalysed(token, ref);
        assertEquals("SUBMITTED", deposit.getString("status"));
        JsonArray documents = deposit.getJsonArray("documents");
        assertEquals(2, documents.size());
        JsonObject first = documents.getJsonObject(0);
        assertEquals("N-1", first.getString("businessRef"));
        assertEquals(2, first.getInt("pages"), "one page and the annex");
        assertEquals(1, first.getJsonArray("timeline").size());
        assertEquals("PENDING", first.getJsonArray("timeline").getJsonObject(0).getString("status"));
        assertEquals("ANALYSIS", first.getJsonArray("timeline").getJsonObject(0).getString("source"));

        ApiClient.Answer deleted = api.send(api.request("/api/v2/deposits/" + ref + "/documents/0", token).DELETE());
        assertEquals(200, deleted.status(), deleted.body());
        JsonObject deletedDocument = deleted.json().getJsonArray("documents").getJsonObject(0);
        assertEquals("DELETED", deletedDocument.getString("status"));
        assertEquals("PARTNER", deletedDocument.getJsonArray("timeline").getJsonObject(1).getString("source"));
        assertEquals("Supprimé", api.status(token, ref).json().getJsonArray("docStatus").getJsonObject(0)
                .getString("status"), "the v1 status shows it too");

        ApiClient.Answer again = api.send(api.request("/api/v2/deposits/" + ref + "/documents/0", token).DELETE());
        assertEquals(409, again.status());
        assertEquals("urn:imprimfip:problem:conflict", again.json().getString("type"));

        ApiClient.Answer all = api.send(api.request("/api/v2/deposits/" + ref, token).DELETE());
        assertEquals(200, all.status(), "deleting the file deletes what is still pending");
        assertEquals(List.of("DELETED", "DELETED"), all.json().getJsonArray("documents").stream()
                .map(d -> d.asJsonObject().getString("status")).toList());

        ApiClient.Answer stranger = api.getAs("/api/v2/deposits/" + ref, Keycloak.otherPartnerToken());
        assertEquals(404, stranger.status());
        assertEquals("urn:imprimfip:problem:not-found", stranger.json().getString("type"));
    }

    @Test
    void searchFiltersByMetadataAndPagesWithCursors() {
        String token = Keycloak.demoPartnerToken();
        String label = UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now().minusSeconds(5);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, rawDeposit(token, null, LetterPdfs.conformingLetter(1), "metadata.lot=" + label).status());
        }
        rawDeposit(token, null, LetterPdfs.conformingLetter(1), "metadata.lot=autre-" + label);

        JsonObject page1 = api.getAs("/api/v2/deposits?limit=2&metadata.lot=" + label + "&receivedFrom=" + before,
                token).json();
        assertEquals(2, page1.getJsonArray("items").size());
        String cursor = page1.getString("nextCursor");
        JsonObject page2 = api.getAs("/api/v2/deposits?limit=2&metadata.lot=" + label + "&receivedFrom=" + before
                + "&cursor=" + cursor, token).json();
        assertEquals(1, page2.getJsonArray("items").size());
        assertTrue(!page2.containsKey("nextCursor"), "the last page has no next cursor");
        assertTrue(page1.getJsonArray("items").getJsonObject(1).getString("reference")
                .compareTo(page2.getJsonArray("items").getJsonObject(0).getString("reference")) != 0);
        assertEquals(0, api.getAs("/api/v2/deposits?metadata.lot=" + label, Keycloak.otherPartnerToken())
                .json().getJsonArray("items").size(), "another partner's deposits are never listed");

        ApiClient.Answer invalid = api.getAs("/api/v2/deposits?status=PERDU", token);
        assertEquals(400, invalid.status());
        assertEquals("urn:imprimfip:problem:invalid-request", invalid.json().getString("type"));
        assertEquals(400, api.getAs("/api/v2/deposits?cursor=bm9wZQ", token).status());
    }

    private ApiClient.Answer rawDeposit(String token, String key, byte[] pdf, String... query) {
        String path = "/api/v2/deposits?filename=courrier.pdf" + (query.length == 0 ? "" : "&" + String.join("&", query));
        HttpRequest.Builder request = api.request(path, token).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request);
    }

    private JsonObject awaitAnalysed(String token, String ref) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            JsonObject deposit = api.getAs("/api/v2/deposits/" + ref, token).json();
            if (!deposit.getString("status").equals("IN_SUBMISSION")) {
                return deposit;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not analysed: " + ref);
    }
}
