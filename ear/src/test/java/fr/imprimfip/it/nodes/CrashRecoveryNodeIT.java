package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Files received just before the server is killed ({@code kill -9}) are analysed after the restart, each exactly
 * once: none is lost, none gets its letters twice. Runs a node of its own, on the database of the build (H2 or
 * PostgreSQL), after the other integration tests.
 */
class CrashRecoveryNodeIT {

    private static final int LARGE_FILE_LETTERS = 300;

    @Test
    void filesReceivedBeforeAKillAreAnalysedExactlyOnceAfterTheRestart() throws Exception {
        try (ServerNode node = ServerNode.fresh("crash-node", 100, Map.of()).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            List<String> refs = new ArrayList<>();
            LetterPdfs large = LetterPdfs.file();
            for (int letter = 0; letter < LARGE_FILE_LETTERS; letter++) {
                large.letter("GROS-" + letter, 4);
            }
            for (int i = 0; i < 15; i++) {
                refs.add(api.submitPdf(partner, "courrier-" + i + ".pdf", LetterPdfs.conformingLetter(1)).json()
                        .getString("internalRef"));
            }
            byte[] largeFile = large.build();
            String admin = Keycloak.adminToken();
            // last, and watched at once: a received file's analysis starts right after its deposit
            String largeRef = api.submitPdf(partner, "volumineux.pdf", largeFile).json().getString("internalRef");
            refs.add(largeRef);
            awaitAnalysisUnderWay(api, admin, largeRef);
            node.kill();
            node.start();

            for (String ref : refs) {
                JsonObject status = api.awaitAnalysed(partner, ref);
                assertEquals("Soumis", status.getJsonObject("fileStatus").getString("status"), ref);
                int letters = ref.equals(largeRef) ? LARGE_FILE_LETTERS : 1;
                assertEquals(letters, status.getJsonArray("docStatus").size(), "letters recorded once: " + ref);
                JsonObject deposit = api.getAs("/admin/deposits/" + ref, admin).json();
                assertEquals(letters, deposit.getJsonArray("documents").size());
                int attempts = deposit.getInt("analysisAttempts");
                if (ref.equals(largeRef)) {
                    assertEquals(2, attempts, "the interrupted analysis is resumed once after the restart");
                } else {
                    assertTrue(attempts == 1 || attempts == 2, "claimed before or after the kill: " + deposit);
                }
            }
        }
    }

    /** Waits until the large file is claimed and being analysed, so that the kill interrupts an analysis. */
    private static void awaitAnalysisUnderWay(ApiClient api, String admin, String ref) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject deposit = api.getAs("/admin/deposits/" + ref, admin).json();
            if (deposit.getInt("analysisAttempts") == 1 && deposit.getString("status").equals("IN_SUBMISSION")) {
                return;
            }
            assertEquals("IN_SUBMISSION", deposit.getString("status"), "analysed before the kill could interrupt it");
            Thread.sleep(20);
        }
        throw new AssertionError("The analysis of " + ref + " did not start within 30 s");
    }
}
