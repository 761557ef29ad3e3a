package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Purges;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.it.ServerNode;

/**
 * The audit trail detects a later change: an event modified and another deleted straight in the database (the
 * node stopped) are reported by the independent command ({@code scripts/verify-audit-trail.sh}) and by the
 * platform's own verification once the node is back. Runs a node of its own, on the database of the build.
 */
class AuditTamperNodeIT {

    private static final Path MODULES = Path.of(System.getProperty("jboss.home", "target/server"), "modules");
    private static final String CHAIN = "node-audit-node";

    /** A retention of 0 days: every event recorded before a purge has outlived it (a purge never reaches later). */
    private static final Map<String, String> EVERY_EVENT_EXPIRED = Map.of("IMPRIMFIP_RETENTION_AUDIT_TRAIL_DAYS", "0");

    @Test
    void aModifiedAndADeletedEventAreFound() throws Exception {
        try (ServerNode node = ServerNode.fresh("audit-node", 700, EVERY_EVENT_EXPIRED).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            for (int call = 0; call < 5; call++) {
                api.status(partner, "courrier_11272026101500-ABC12" + call + "@demo-partner.pdf");
            }
            String admin = Keycloak.adminToken();
            JsonObject before = api.postJson("/admin/audit/verification", admin, "").json();
            assertTrue(before.getBoolean("intact"), before.toString());
            node.close();

            assertEquals(0, check(node).exitCode(), "intact before anyone touches it");
            try (Connection db = connect(node)) {
                try (Statement sql = db.createStatement()) {
                    assertEquals(1, sql.executeUpdate("update audit_event set reason = 'rien à signaler', http_status"
                            + " = 200, outcome = 'SUCCESS' where chain_id = '" + CHAIN + "' and chain_seq = 2"));
                }
            }
            Check modified = check(node);
            assertEquals(1, modified.exitCode(), modified.output());
            assertTrue(modified.output().contains("chain " + CHAIN + " n° 2"), modified.output());
            assertTrue(modified.output().contains("modifié"), modified.output());

            try (Connection db = connect(node); Statement sql = db.createStatement()) {
                assertEquals(1, sql.executeUpdate("delete from audit_event where chain_id = '" + CHAIN
                        + "' and chain_seq = 4"));
            }
            Check deleted = check(node);
            assertEquals(1, deleted.exitCode(), deleted.output());
            assertTrue(deleted.output().contains("n° 4") && deleted.output().contains("supprimé"), deleted.output());

            node.start();
            JsonObject after = api.postJson("/admin/audit/verification", Keycloak.adminToken(), "").json();
            assertFalse(after.getBoolean("intact"));
            List<JsonObject> problems = after.getJsonArray("problems").getValuesAs(JsonObject.class);
            assertTrue(problems.stream().anyMatch(p -> p.getString("chainId").equals(CHAIN)
                    && p.getInt("chainSeq") == 2), problems.toString());

            liftLegalHolds(api);
            JsonObject purge = purgeAsOf(api, node, Instant.now());
            assertEquals("COMPLETED", purge.getString("batchStatus"), purge.toString());
            List<JsonObject> stillFound = api.postJson("/admin/audit/verification", Keycloak.adminToken(), "")
                    .json().getJsonArray("problems").getValuesAs(JsonObject.class);
            assertTrue(stillFound.stream().anyMatch(p -> p.getString("chainId").equals(CHAIN)
                    && p.getInt("chainSeq") == 2), "the purge keeps the evidence of a tampering: " + stillFound);
        }
    }

    /**
     * A purge destroys a chain's expired events and leaves the chain verifiable from its anchor; an anchor moved by
     * hand past events (to hide them) is found, by the command and by the platform.
     */
    @Test
    void thePurgedTrailStaysVerifiableAndAMovedAnchorIsFound() throws Exception {
        String chain = "node-audit-purge-node";
        try (ServerNode node = ServerNode.fresh("audit-purge-node", 700, EVERY_EVENT_EXPIRED).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            for (int call = 0; call < 5; call++) {
                api.status(partner, "courrier_11272026101500-ABC12" + call + "@demo-partner.pdf");
            }
            String admin = Keycloak.adminToken();
            liftLegalHolds(api);
            assertEquals(200, api.postJson("/admin/partners/demo-partner-b/legal-hold", admin,
                    "{\"reason\": \"Contentieux en cours\"}").status());
            JsonObject held = purgeAsOf(api, node, Instant.now().plus(Duration.ofDays(800)));
            assertEquals(0, auditStep(held).getInt("readCount"), "nothing of the trail goes while a hold lasts");
            api.send(api.request("/admin/partners/demo-partner-b/legal-hold", admin).DELETE());

            JsonObject purge = purgeAsOf(api, node, Instant.now().plus(Duration.ofDays(800)));
            assertEquals("COMPLETED", purge.getString("batchStatus"), purge.toString());
            JsonObject step = auditStep(purge);
            assertTrue(step.getInt("writeCount") >= 1, step.toString());
            JsonObject verified = api.postJson("/admin/audit/verification", Keycloak.adminToken(), "").json();
            assertTrue(verified.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                    .noneMatch(p -> p.getString("chainId").equals(chain)), verified.toString());
            node.close();

            long firstKept;
            try (Connection db = connect(node); Statement sql = db.createStatement()) {
                try (var rows = sql.executeQuery("select first_seq from audit_chain_anchor where chain_id = '"
                        + chain + "'")) {
                    assertTrue(rows.next(), "the purge anchored the chain where it now starts");
                    firstKept = rows.getLong(1);
                }
                try (var rows = sql.executeQuery("select count(*) from audit_event where chain_id = '" + chain
                        + "' and chain_seq < " + firstKept)) {
                    rows.next();
                    assertEquals(0, rows.getLong(1), "every event before the anchor destroyed");
                }
            }
            assertEquals(0, checkChain(node, chain).exitCode(), "intact from its anchor");

            try (Connection db = connect(node); Statement sql = db.createStatement()) {
                assertEquals(1, sql.executeUpdate("delete from audit_event where chain_id = '" + chain
                        + "' and chain_seq = " + firstKept));
                String hash;
                try (var rows = sql.executeQuery("select previous_hash from audit_event where chain_id = '" + chain
                        + "' and chain_seq = " + (firstKept + 1))) {
                    assertTrue(rows.next());
                    hash = rows.getString(1);
                }
                assertEquals(1, sql.executeUpdate("update audit_chain_anchor set first_seq = " + (firstKept + 1)
                        + ", previous_hash = '" + hash + "' where chain_id = '" + chain + "'"));
            }
            Check moved = checkChain(node, chain);
            assertEquals(1, moved.exitCode(), moved.output());
            assertTrue(moved.output().contains("sans purge qui l'atteste"), moved.output());
        }
    }

    private static JsonObject auditStep(JsonObject run) {
        return run.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("purge-expired-audit-events")).findFirst()
                .orElseThrow(() -> new AssertionError("no audit step in " + run));
    }

    /** Other tests (isolations) may have left holds on the shared database; a hold keeps the whole trail. */
    private static void liftLegalHolds(ApiClient api) {
        String admin = Keycloak.adminToken();
        for (JsonObject partner : api.getAs("/admin/partners", admin).jsonArray().getValuesAs(JsonObject.class)) {
            if (partner.containsKey("legalHoldSince")) {
                api.send(api.request("/admin/partners/" + partner.getString("partner") + "/legal-hold", admin)
                        .DELETE());
            }
        }
    }

    private static JsonObject purgeAsOf(ApiClient api, ServerNode node, Instant asOf) throws InterruptedException {
        return Purges.asOf(api, ServerClock.of(node), asOf);
    }

    /** The command's verdict on one chain (on a shared database, other tests' chains may be broken on purpose). */
    private static Check checkChain(ServerNode node, String chain) throws IOException, InterruptedException {
        Check all = check(node);
        boolean broken = all.output().lines().anyMatch(line -> line.startsWith("BROKEN chain " + chain + " "));
        return new Check(broken ? 1 : 0, all.output());
    }

    private record Check(int exitCode, String output) {
    }

    /** Runs the independent verification command on the node's database. */
    private static Check check(ServerNode node) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(Path.of("..", "scripts", "verify-audit-trail.sh").toString(),
                jdbcUrl(node), user()).redirectErrorStream(true);
        command.environment().put("IMPRIMFIP_DB_PASSWORD", password());
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Check(process.waitFor(), output);
    }

    private static Connection connect(ServerNode node) throws Exception {
        List<URL> jars;
        try (Stream<Path> files = Stream.concat(
                Files.list(MODULES.resolve("system/layers/base/com/h2database/h2/main")),
                Files.list(MODULES.resolve("org/postgresql/main")))) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).map(f -> {
                try {
                    return f.toUri().toURL();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        ClassLoader drivers = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        String url = jdbcUrl(node);
        Driver driver = (Driver) Class.forName(url.startsWith("jdbc:postgresql") ? "org.postgresql.Driver"
                : "org.h2.Driver", true, drivers).getDeclaredConstructor().newInstance();
        Properties credentials = new Properties();
        credentials.setProperty("user", user());
        credentials.setProperty("password", password());
        return driver.connect(url, credentials);
    }

    private static String jdbcUrl(ServerNode node) {
        String configured = System.getenv("IMPRIMFIP_DB_URL");
        return configured != null ? configured
                : "jdbc:h2:file:" + node.dataDir().resolve("imprimfip/imprimfip").toAbsolutePath();
    }

    private static String user() {
        return System.getenv().getOrDefault("IMPRIMFIP_DB_USER", System.getenv("IMPRIMFIP_DB_URL") == null ? "sa"
                : "imprimfip");
    }

    private static String password() {
        return System.getenv().getOrDefault("IMPRIMFIP_DB_PASSWORD", System.getenv("IMPRIMFIP_DB_URL") == null
                ? "sa" : "imprimfip");
    }
}
