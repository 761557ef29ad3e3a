package fr.imprimfip.it;

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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The audit trail detects a later change: an event modified and another deleted straight in the database (the
 * node stopped) are reported by the independent command ({@code scripts/verify-audit-trail.sh}) and by the
 * platform's own verification once the node is back. Runs a node of its own, on the database of the build.
 */
class AuditTamperNodeIT {

    private static final Path MODULES = Path.of(System.getProperty("jboss.home", "target/server"), "modules");
    private static final String CHAIN = "node-audit-node";

    @Test
    void aModifiedAndADeletedEventAreFound() throws Exception {
        try (ServerNode node = ServerNode.fresh("audit-node", 700, Map.of()).start()) {
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
        }
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
