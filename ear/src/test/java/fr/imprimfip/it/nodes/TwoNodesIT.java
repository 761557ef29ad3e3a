package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.BillingRuns;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.it.SharedPostgres;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Two server nodes on one PostgreSQL database, sharing the content store and its key store (the build's, through
 * IMPRIMFIP_CONTENT_KEY_STORE), as a production cluster would: files received by either node are analysed once, by
 * one node, and a partner's calls to either node count against one quota. PostgreSQL only (H2 is per node).
 */
@EnabledIfEnvironmentVariable(named = "IMPRIMFIP_DB_URL", matches = "jdbc:postgresql:.*")
class TwoNodesIT {

    @Test
    void twoNodesNeverAnalyseTheSameFile() throws Exception {
        Path shared = Path.of("target", "nodes", "shared-files").toAbsolutePath();
        ServerNode.deleteTree(shared);
        Map<String, String> environment = Map.of("IMPRIMFIP_STORAGE_DIR", shared.toString());
        try (ServerNode a = ServerNode.fresh("node-a", 200, environment).start();
             ServerNode b = ServerNode.fresh("node-b", 300, environment)) {
            b.start();

            List<ApiClient> nodes = List.of(new ApiClient(a.baseUrl()), new ApiClient(b.baseUrl()));
            String partner = Keycloak.demoPartnerToken();
            List<String> refs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                refs.add(nodes.get(i % 2).submitPdf(partner, "cluster-" + i + ".pdf", LetterPdfs.conformingLetter(1))
                        .json().getString("internalRef"));
            }

            String admin = Keycloak.adminToken();
            Set<String> analysers = new HashSet<>();
            for (int i = 0; i < refs.size(); i++) {
                ApiClient other = nodes.get((i + 1) % 2);
                JsonObject status = other.awaitAnalysed(partner, refs.get(i));
                assertEquals("Soumis", status.getJsonObject("fileStatus").getString("status"));
                JsonObject deposit = other.getAs("/admin/deposits/" + refs.get(i), admin).json();
                assertEquals(1, deposit.getInt("analysisAttempts"), "claimed once: " + deposit);
                assertEquals(1, deposit.getJsonArray("documents").size());
                analysers.add(deposit.getString("analyzedBy"));
            }
            assertTrue(Set.of("node-a", "node-b").containsAll(analysers), analysers.toString());

            quotaIsSharedByBothNodes(nodes, admin);
            isolationReachesTheOtherNode(nodes, admin);
            dropListeningConnections();
            awaitListenersBack();
            isolationReachesTheOtherNode(nodes, admin);
            aRunAliveOnOneNodeIsNotRestartedByTheOther(nodes);
        }
    }

    /** Cuts the connections the nodes listen on, as a restarted database or a firewall would. */
    private static void dropListeningConnections() throws Exception {
        try (java.sql.Connection db = SharedPostgres.connect();
             java.sql.Statement sql = db.createStatement();
             java.sql.ResultSet dropped = sql.executeQuery("select count(*) from (select pg_terminate_backend(pid)"
                     + " from pg_stat_activity where application_name = 'imprimfip-convention-listener') t")) {
            dropped.next();
            assertTrue(dropped.getInt(1) >= 2, "both nodes were listening");
        }
    }

    /** Both nodes listen again: each reconnects its listening connection on its own within seconds. */
    private static void awaitListenersBack() throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        int listening;
        do {
            try (java.sql.Connection db = SharedPostgres.connect();
                 java.sql.Statement sql = db.createStatement();
                 java.sql.ResultSet count = sql.executeQuery("select count(*) from pg_stat_activity"
                         + " where application_name = 'imprimfip-convention-listener'")) {
                count.next();
                listening = count.getInt(1);
            }
            if (listening < 2) {
                Thread.sleep(100);
            }
        } while (listening < 2 && System.nanoTime() < deadline);
        assertTrue(listening >= 2, "both nodes listen again after losing their connection: " + listening);
    }

    /**
     * A billing run going on node A is, in the shared job repository, as STARTED as one whose node died: node B
     * tells them apart by node A's heartbeat and refuses to restart it (both would bill the same year at once).
     */
    private static void aRunAliveOnOneNodeIsNotRestartedByTheOther(List<ApiClient> nodes) throws Exception {
        String finance = Keycloak.financeToken();
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear() - 4;
        BillingRuns.partnersWithTariffs(nodes.get(0), 3, year);
        long running = BillingRuns.start(nodes.get(0), finance, year, ", \"itemDelayMillis\": \"500\"");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!nodes.get(0).getAs("/finance/billing-runs/" + running, finance).json().getString("batchStatus")
                .equals("STARTED") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        ApiClient.Answer fromB = nodes.get(1).postJson("/finance/billing-runs/" + running + "/restart", finance, "{}");
        assertEquals(409, fromB.status(), fromB.body());
        assertTrue(fromB.body().contains("tourne encore sur le nœud node-a"), fromB.body());
        // left to run (half a second per partner): node A stops it when the test closes the node
    }

    /**
     * A partner isolated through node A is refused by node B, which had just admitted it, at once: node A's
     * transaction tells node B (PostgreSQL NOTIFY), which forgets its admission; the isolation is lifted afterwards.
     */
    private static void isolationReachesTheOtherNode(List<ApiClient> nodes, String admin) throws Exception {
        String partner = Keycloak.otherPartnerToken();
        assertEquals(200, nodes.get(1).getAs("/api/v2/deposits?limit=1", partner).status(), "admitted by node B");
        try {
            ApiClient.Answer isolated = nodes.get(0).postJson("/admin/partners/demo-partner-b/isolation", admin,
                    "{\"reason\": \"Exercice : certificat compromis\"}");
            assertEquals(200, isolated.status(), isolated.body());
            long isolatedAt = System.nanoTime();
            assertEquals(403, nodes.get(0).getAs("/api/v2/deposits?limit=1", partner).status(),
                    "cut off at once on the node that isolated it");
            int status;
            do {
                status = nodes.get(1).getAs("/api/v2/deposits?limit=1", partner).status();
                if (status == 200) {
                    Thread.sleep(50);
                }
            } while (status == 200 && System.nanoTime() - isolatedAt < 5_000_000_000L);
            long elapsedMillis = (System.nanoTime() - isolatedAt) / 1_000_000;
            assertEquals(403, status);
            assertTrue(elapsedMillis <= 300, "cut off on node B after " + elapsedMillis + " ms");
            System.out.println("Isolation through node A refused by node B after " + elapsedMillis + " ms");
        } finally {
            nodes.get(0).postJson("/admin/partners/demo-partner-b/isolation-end", admin, "{\"reason\": \"Fin\"}");
            nodes.get(0).send(nodes.get(0).request("/admin/partners/demo-partner-b/legal-hold", admin).DELETE());
        }
    }

    /** 20 calls a window for the other demo partner: 30 calls alternating between the nodes, 20 served. */
    private static void quotaIsSharedByBothNodes(List<ApiClient> nodes, String admin) throws Exception {
        String partner = Keycloak.otherPartnerToken();
        ApiClient.Answer set = nodes.get(0).send(nodes.get(0).request("/admin/partners/demo-partner-b/call-quota",
                admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"callsPerMinute\": 20}")));
        assertEquals(200, set.status(), set.body());
        try {
            awaitFreshWindow(nodes.get(0), partner);
            int served = 0;
            for (int call = 0; call < 30; call++) {
                int status = nodes.get(call % 2).getAs("/api/v2/deposits?limit=1", partner).status();
                assertTrue(status == 200 || status == 429, "status " + status);
                served += status == 200 ? 1 : 0;
            }
            assertEquals(19, served, "one quota for both nodes (the probing call counts too)");
        } finally {
            nodes.get(1).send(nodes.get(1).request("/admin/partners/demo-partner-b/call-quota", admin)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"callsPerMinute\": null}")));
        }
    }

    /** Makes one call, and waits for the next window if this one has less than 6 s left. */
    private static void awaitFreshWindow(ApiClient node, String partner) throws InterruptedException {
        ApiClient.Answer probe = node.getAs("/api/v2/deposits?limit=1", partner);
        String state = probe.headers().get("ratelimit").get(0);
        long reset = Long.parseLong(state.substring(state.indexOf(";t=") + 3));
        if (reset < 6) {
            Thread.sleep(reset * 1000 + 300);
            node.getAs("/api/v2/deposits?limit=1", partner);
        }
    }
}
