package fr.imprimfip.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.it.SharedPostgres;


/**
 * Benchmark (profile {@code benchmarks}, PostgreSQL only): the nightly retention purge destroying
 * {@code bench.deposits} expired deposits (1 million by default, each with a letter and its two status changes,
 * seeded straight into the database, received five years ago), while partners query a status at a steady pace
 * ({@code bench.rate} requests a second, 200 by default, from {@code bench.clients} clients, 8); the status
 * latencies are compared with those of the same load just before, without the purge. Results go to
 * target/benchmarks/purge.txt.
 */
class PurgeBenchmarkIT {

    private static final long DEPOSITS = Long.getLong("bench.deposits", 1_000_000L);
    private static final int PARTNERS = 100;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "200"));
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);

    @Test
    void aMillionExpiredDepositsWhilePartnersQueryStatuses() throws Exception {
        assumeTrue(SharedPostgres.configured(), "PostgreSQL only (IMPRIMFIP_DB_URL)");
        String run = "purge-" + UUID.randomUUID().toString().substring(0, 6);
        try (ServerNode node = ServerNode.fresh("bench-purge", 900, Map.of()).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            String ref = api.analysedLetter(partner, "suivi.pdf");
            URI status = URI.create(node.baseUrl() + "/api/v1/file/" + ref + "/status");
            HttpClient http = DemoPki.newClient("demo-partner", HttpClient.Version.HTTP_1_1);

            long seedStart = System.nanoTime();
            seed(run);
            double seeding = (System.nanoTime() - seedStart) / 1e9;

            load("warm-up", http, status, partner, 10);
            LoadRun.Result quiet = load("status queries, no purge", http, status, partner, SECONDS);

            String admin = Keycloak.adminToken();
            ApiClient.Answer dryRun = api.postJson("/admin/retention-runs", admin, "{\"dryRun\": true}");
            assertEquals(202, dryRun.status(), dryRun.body());
            long dryRunId = dryRun.json().getJsonNumber("executionId").longValue();
            awaitEnd(api, admin, dryRunId, new AtomicBoolean(true));
            assertEquals("COMPLETED", api.getAs("/admin/retention-runs/" + dryRunId, admin).json()
                    .getString("batchStatus"), "the dry run the purge follows");
            ApiClient.Answer started = api.postJson("/admin/retention-runs", admin, "{\"followsDryRun\": " + dryRunId
                    + "}");
            assertEquals(202, started.status(), started.body());
            long executionId = started.json().getJsonNumber("executionId").longValue();
            AtomicBoolean purging = new AtomicBoolean(true);
            Thread follower = new Thread(() -> awaitEnd(api, admin, executionId, purging));
            follower.start();
            LoadRun.Result during = LoadRun.paced("status queries, during the purge", http, status, partner,
                    CLIENTS, RATE, purging::get);
            follower.join();

            JsonObject done = api.getAs("/admin/retention-runs/" + executionId, admin).json();
            assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
            double seconds = Duration.between(Instant.parse(done.getString("startedAt")),
                    Instant.parse(done.getString("endedAt"))).toMillis() / 1000.0;
            JsonObject metadata = done.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("name").equals("purge-expired-deposit-metadata")).findFirst()
                    .orElseThrow();
            assertEquals(0, remaining(run), "every expired deposit destroyed");
            String report = String.format("%d expired deposits of %d partners, each with a letter and 2 status"
                            + " changes (seeded in %.0f s): purge run %.1f s (%.0f deposits/s); metadata step read %d,"
                            + " written %d, commits %d%n  %s%n  %s%n  p99 ratio during / without the purge: %.2f"
                            + " (%d clients, %.0f requests/s in all, HTTP/1.1)%n",
                    DEPOSITS, PARTNERS, seeding, seconds, DEPOSITS / seconds, metadata.getInt("readCount"),
                    metadata.getInt("writeCount"), metadata.getInt("commitCount"), quiet, during,
                    during.p99() / quiet.p99(), CLIENTS, RATE);
            Path out = Path.of("target", "benchmarks", "purge.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.print(report);
            assertEquals(0, quiet.errors() + during.errors(), "every status query answered 200");
        }
    }

    private static LoadRun.Result load(String what, HttpClient http, URI uri, String token, int seconds)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        return LoadRun.paced(what, http, uri, token, CLIENTS, RATE, () -> System.nanoTime() < end);
    }

    private static void awaitEnd(ApiClient api, String admin, long executionId, AtomicBoolean purging) {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String batchStatus = api.getAs("/admin/retention-runs/" + executionId, admin).json()
                        .getString("batchStatus");
                if (!batchStatus.equals("STARTED") && !batchStatus.equals("STARTING")) {
                    return;
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            purging.set(false);
        }
    }

    /** Partners, and deposits received five years ago whose content went long ago, with their letters. */
    private static void seed(String run) throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 5;
        try (Connection db = SharedPostgres.connect(); Statement sql = db.createStatement()) {
            SharedPostgres.seedPartners(sql, run, PARTNERS);
            sql.execute("insert into deposit (internal_ref, partner_id, environment, filename, paper, sending_type,"
                    + " storage_key, size_bytes, sha256, status, received_at, content_expires_at, content_purged_at,"
                    + " analysis_attempts, version)"
                    + " select '" + run + "-' || p.id || '-' || d, p.id, 'PRODUCTION', 'bench.pdf', 'DUPLEX', 'STD',"
                    + " 'bench', 1, 'bench', 'SUBMITTED', make_timestamptz(" + year + ", 1 + d % 12, 1 + d % 28, 12,"
                    + " 0, 0, 'Europe/Paris') as received, make_timestamptz(" + year + ", 1 + d % 12, 1 + d % 28,"
                    + " 12, 0, 0, 'Europe/Paris') + interval '40 days', make_timestamptz(" + year + ", 1 + d % 12,"
                    + " 1 + d % 28, 12, 0, 0, 'Europe/Paris') + interval '41 days', 1, 0"
                    + " from partner p cross join generate_series(1, " + DEPOSITS / PARTNERS + ") d"
                    + " where p.client_id like '" + run + "-%'");
            sql.execute("insert into deposit_document (id, deposit_id, business_ref, position_in_file, page_count,"
                    + " status, status_at) select " + SharedPostgres.idsAbove("deposit_document") + ", id, 'L1', 1,"
                    + " 1, 'DELIVERED',"
                    + " received_at + interval '3 days'"
                    + " from deposit where internal_ref like '" + run + "-%'");
            sql.execute("insert into document_status_change (id, document_id, status, changed_at, source)"
                    + " select " + SharedPostgres.idsAbove("document_status_change") + ", doc.id, s.status,"
                    + " doc.status_at, 'PRINT_CENTRE'"
                    + " from deposit_document doc"
                    + " join deposit dep on dep.id = doc.deposit_id"
                    + " cross join (values ('IN_PRODUCTION'), ('DELIVERED')) s(status)"
                    + " where dep.internal_ref like '" + run + "-%'");
            sql.execute("analyze partner");
            sql.execute("analyze deposit");
            sql.execute("analyze deposit_document");
            sql.execute("analyze document_status_change");
        }
    }

    private static long remaining(String run) throws Exception {
        try (Connection db = SharedPostgres.connect(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from deposit where internal_ref like '" + run
                     + "-%'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
