package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.BillingRuns;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;

/**
 * The node running the annual billing is killed ({@code kill -9}) after its first committed chunk; once the node
 * is back, the run is restarted from the JDBC job repository and the statements are those of an uninterrupted run.
 */
class BillingCrashNodeIT {

    private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

    @Test
    void aRunInterruptedByAKillRestartsWithIdenticalTotals() throws Exception {
        try (ServerNode node = ServerNode.fresh("billing-crash", 400, Map.of()).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String finance = Keycloak.financeToken();
            BillingRuns.partnersWithTariffs(api, 45, YEAR);
            JsonObject clean = api.awaitJob("/finance/billing-runs", BillingRuns.start(api, finance, YEAR, ""),
                    finance);
            assertEquals("COMPLETED", clean.getString("batchStatus"), clean.toString());
            Map<String, String> expected = BillingRuns.totals(api, finance, YEAR);
            long items = BillingRuns.step(clean).getJsonNumber("readCount").longValue();

            long interrupted = BillingRuns.start(api, finance, YEAR, ", \"itemDelayMillis\": \"150\"");
            awaitFirstCommit(api, finance, interrupted);
            ApiClient.Answer tooSoon = api.postJson("/finance/billing-runs/" + interrupted + "/restart", finance,
                    "{}");
            assertEquals(409, tooSoon.status(), "a run still going is not restarted: " + tooSoon.body());
            assertTrue(tooSoon.body().contains("tourne encore sur ce nœud"), tooSoon.body());
            node.kill();
            node.start();

            JsonObject stale = api.getAs("/finance/billing-runs/" + interrupted, finance).json();
            assertEquals("STARTED", stale.getString("batchStatus"), "the repository still has it running: " + stale);
            ApiClient.Answer restart = api.postJson("/finance/billing-runs/" + interrupted + "/restart", finance,
                    "{}");
            assertEquals(202, restart.status(), restart.body());
            JsonObject restarted = api.awaitJob("/finance/billing-runs", restart.json()
                    .getJsonNumber("executionId").longValue(), finance);
            assertEquals("COMPLETED", restarted.getString("batchStatus"), restarted.toString());
            assertTrue(BillingRuns.step(restarted).getJsonNumber("readCount").longValue() < items,
                    "resumed after the committed chunk: " + restarted);
            assertEquals(expected, BillingRuns.totals(api, finance, YEAR), "identical statements");
        }
    }

    private static void awaitFirstCommit(ApiClient api, String finance, long executionId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonObject run = api.getAs("/finance/billing-runs/" + executionId, finance).json();
            if (!run.getJsonArray("steps").isEmpty() && BillingRuns.step(run).getInt("commitCount") >= 1) {
                assertEquals("STARTED", run.getString("batchStatus"), "killed in the middle: " + run);
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no chunk committed within 30 s: " + run);
            }
            Thread.sleep(100);
        }
    }
}
