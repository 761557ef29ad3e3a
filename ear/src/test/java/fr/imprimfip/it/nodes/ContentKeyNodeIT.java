package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.testing.LetterPdfs;

/**
 * A node given a key store other than the one the database records (data restored without its key store, a store
 * created anew) is not ready, says why in its log, and leaves the waiting files alone: none is analysed, none is
 * taken for altered. Started again with the right key store, it analyses them. Runs a node of its own.
 * Runs on H2 only: what it tests is the node's key store against fingerprints it compares in memory; recording and
 * matching the fingerprints in the database happens at every start of the PostgreSQL pass's server, whose
 * {@code content-key} readiness the health test checks there ({@code AvailabilityIT}).
 */
@DisabledIfEnvironmentVariable(named = "IMPRIMFIP_DB_URL", matches = "jdbc:postgresql:.*")
class ContentKeyNodeIT {

    private static final int LARGE_FILE_LETTERS = 300;

    @Test
    void aNodeWithAnotherKeyIsNotReadyAndLeavesTheWaitingFilesForTheRightKey() throws Exception {
        Path otherStore = Path.of("target", "nodes", "other-content-keys.cs").toAbsolutePath();
        Files.deleteIfExists(otherStore);
        installKeyStore(otherStore);
        try (ServerNode node = ServerNode.fresh("key-node", 1000, Map.of()).start()) {
            assertReady(node, "ready with the build's key store");
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            LetterPdfs large = LetterPdfs.file();
            for (int letter = 0; letter < LARGE_FILE_LETTERS; letter++) {
                large.letter("CLE-" + letter, 4);
            }
            List<String> refs = new ArrayList<>();
            String largeRef = api.submitPdf(partner, "volumineux.pdf", large.build()).json().getString("internalRef");
            refs.add(largeRef);
            for (int i = 0; i < 3; i++) {
                refs.add(api.submitPdf(partner, "courrier-" + i + ".pdf", LetterPdfs.conformingLetter(1)).json()
                        .getString("internalRef"));
            }
            node.kill();

            node.environment("IMPRIMFIP_CONTENT_KEY_STORE", otherStore.toString()).start();
            HttpResponse<String> notReady = node.readiness();
            assertEquals(503, notReady.statusCode(), "out of the load balancer: " + notReady.body());
            JsonObject nodeCheck = nodeCheck(notReady);
            assertEquals("DOWN", nodeCheck.getString("status"), nodeCheck.toString());
            assertTrue(nodeCheck.getJsonObject("data").getString("content-key").contains("is not the key the database"
                    + " records"), "the reason is on the check: " + nodeCheck);
            assertTrue(Files.readString(node.serverLog()).lines().anyMatch(line -> line.contains(" SEVERE ")
                    && line.contains("is not the key the database records")), "the log says why, as an error");

            String admin = Keycloak.adminToken();
            Map<String, Integer> waiting = new HashMap<>();
            for (String ref : refs) {
                JsonObject deposit = api.getAs("/admin/deposits/" + ref, admin).json();
                if (deposit.getString("status").equals("IN_SUBMISSION")) {
                    waiting.put(ref, deposit.getInt("analysisAttempts"));
                }
            }
            assertTrue(waiting.containsKey(largeRef), "the large file was still waiting when the node was killed");
            Thread.sleep(8_000); // four ticks of the analysis queue
            for (Map.Entry<String, Integer> file : waiting.entrySet()) {
                JsonObject deposit = api.getAs("/admin/deposits/" + file.getKey(), admin).json();
                assertEquals("IN_SUBMISSION", deposit.getString("status"), "left waiting, not altered: " + deposit);
                assertEquals(file.getValue(), deposit.getInt("analysisAttempts"), "not even claimed: " + deposit);
            }
            ApiClient.Answer check = api.send(api.request("/admin/deposits/" + largeRef + "/integrity-check", admin)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(503, check.status(), check.body());
            assertEquals("application/problem+json", check.header("Content-Type").split(";")[0]);
            assertEquals(503, check.json().getInt("status"));
            ApiClient.Answer refused = api.submitPdf(partner, "refuse.pdf", LetterPdfs.conformingLetter(1));
            assertEquals(503, refused.status(), "no file is stored under another key: " + refused.body());
            assertEquals(920503, refused.json().getJsonObject("erreur").getInt("code"));

            node.close();
            node.environment("IMPRIMFIP_CONTENT_KEY_STORE", null).start();
            assertReady(node, "ready again with the right key store");
            for (String ref : refs) {
                JsonObject status = api.awaitAnalysed(partner, ref);
                assertEquals("Soumis", status.getJsonObject("fileStatus").getString("status"), ref);
            }
            JsonObject intact = api.send(api.request("/admin/deposits/" + largeRef + "/integrity-check", admin)
                    .POST(HttpRequest.BodyPublishers.noBody())).json();
            assertTrue(intact.getBoolean("intact"), intact.toString());
            assertFalse(Files.readString(node.serverLog()).contains("fails its integrity check"));
        }
    }

    /** Makes a key store with the platform's install step, as an operator would. */
    static void installKeyStore(Path store) throws Exception {
        Process install = new ProcessBuilder("bash", Path.of("..", "scripts", "install-content-key.sh").toString(),
                "--server", Path.of(System.getProperty("jboss.home", "target/server")).toAbsolutePath().toString(),
                store.toString()).redirectErrorStream(true).start();
        String output = new String(install.getInputStream().readAllBytes());
        assertEquals(0, install.waitFor(), output);
    }

    static void assertReady(ServerNode node, String why) throws Exception {
        HttpResponse<String> ready = node.readiness();
        assertEquals(200, ready.statusCode(), why + ": " + ready.body());
        JsonObject check = nodeCheck(ready);
        assertEquals("UP", check.getString("status"), why + ": " + check);
        assertEquals("UP", check.getJsonObject("data").getString("content-key"), why + ": " + check);
    }

    /** The application's own check among the server's, so that a node without it fails the test. */
    static JsonObject nodeCheck(HttpResponse<String> readiness) {
        return Json.createReader(new StringReader(readiness.body())).readObject().getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream().filter(check -> check.getString("name").equals("imprimfip"))
                .findFirst().orElseThrow(() -> new AssertionError("no imprimfip check in " + readiness.body()));
    }
}
