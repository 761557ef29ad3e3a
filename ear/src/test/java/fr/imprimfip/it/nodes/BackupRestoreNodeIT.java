package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.it.SharedPostgres;

/**
 * The platform's backup and restore (scripts/backup.sh, scripts/restore.sh), on a node of its own stopped for them:
 * files deposited before the backup are back after the restore and decrypt to what was received, the audit trail
 * verifies, and the files deposited after the backup are listed as lost by the restore's report. A backup whose
 * checksums fail is refused before anything is touched.
 */
class BackupRestoreNodeIT {

    @Test
    void aRestoreBringsBackTheBackedUpFilesAndReportsThoseDepositedAfterAsLost() throws Exception {
        Path backups = Path.of("target", "nodes", "backups").toAbsolutePath();
        ServerNode.deleteTree(backups);
        Files.createDirectories(backups);
        try (ServerNode node = ServerNode.fresh("backup-node", 1100, Map.of()).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            List<String> backedUp = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                backedUp.add(api.analysedLetter(partner, "avant-sauvegarde-" + i + ".pdf"));
            }
            node.close();

            Script backup = script(node, "backup.sh", backups.toString());
            assertEquals(0, backup.exitCode(), backup.output());
            Path backupDir = Path.of(backup.output().strip().lines().reduce((first, last) -> last).orElseThrow());
            String manifest = Files.readString(backupDir.resolve("manifest.properties"));
            assertTrue(manifest.contains("content-key-ids=content-key"), manifest);
            assertTrue(Files.readString(backupDir.resolve("SHA256SUMS")).contains("files.tar"));

            node.start();
            List<String> lost = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                lost.add(api.analysedLetter(Keycloak.demoPartnerToken(), "apres-sauvegarde-" + i + ".pdf"));
            }
            node.close();

            Path altered = backups.resolve("altered");
            ServerNode.copyTree(backupDir, altered);
            byte[] files = Files.readAllBytes(altered.resolve("files.tar"));
            files[files.length / 3] ^= 1;
            Files.write(altered.resolve("files.tar"), files);
            Script refused = script(node, "restore.sh", altered.toString(), backups.resolve("refused.txt").toString());
            assertEquals(1, refused.exitCode(), refused.output());
            assertTrue(refused.output().contains("fails its checksums"), refused.output());

            Path report = backups.resolve("restore-report.txt");
            Script restore = script(node, "restore.sh", backupDir.toString(), report.toString());
            assertEquals(0, restore.exitCode(), restore.output());
            String text = Files.readString(report);
            assertTrue(text.contains("lost-deposits=2"), text);
            lost.forEach(ref -> assertTrue(text.contains(ref + "\tdemo-partner\t"), ref + " reported lost: " + text));
            backedUp.forEach(ref -> assertFalse(text.contains(ref), ref + " is not lost: " + text));
            // on the shared PostgreSQL schema, other tests' chains are broken on purpose: only this node's must verify
            assertTrue(text.contains(SharedPostgres.configured() ? "audit-trail=" : "audit-trail=INTACT"), text);

            node.start();
            assertEquals(200, node.readiness().statusCode());
            String admin = Keycloak.adminToken();
            String token = Keycloak.demoPartnerToken();
            for (String ref : backedUp) {
                JsonObject status = api.status(token, ref).json();
                assertEquals("Soumis", status.getJsonObject("fileStatus").getString("status"), ref);
                JsonObject check = api.send(api.request("/admin/deposits/" + ref + "/integrity-check", admin)
                        .POST(HttpRequest.BodyPublishers.noBody())).json();
                assertTrue(check.getBoolean("intact"), "decrypts to what was received: " + check);
            }
            for (String ref : lost) {
                assertEquals(404, api.status(token, ref).status(), ref);
            }
            JsonObject audit = api.postJson("/admin/audit/verification", admin, "").json();
            assertTrue(SharedPostgres.configured() ? audit.getJsonArray("problems").getValuesAs(JsonObject.class)
                    .stream().noneMatch(p -> p.getString("chainId").equals("node-backup-node"))
                    : audit.getBoolean("intact"), audit.toString());
        }
    }

    record Script(int exitCode, String output) {
    }

    /** Runs one of the platform's scripts on the node's data directory, as an operator would. */
    static Script script(ServerNode node, String name, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "scripts", name).toString(),
                "--data-dir", node.dataDir().toString(),
                "--server", Path.of(System.getProperty("jboss.home", "target/server")).toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Script(process.waitFor(), output);
    }
}
