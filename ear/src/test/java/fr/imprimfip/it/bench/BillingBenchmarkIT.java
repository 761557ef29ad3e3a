package fr.imprimfip.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.it.SharedPostgres;

/**
 * Benchmark (profile {@code benchmarks}, PostgreSQL only): the annual billing of {@code bench.plis} plis (10 million
 * by default) deposited last year by {@code bench.partners} partners (1,000), seeded straight into the database,
 * billed through the finance API by a node whose heap is fixed at 512 MB. Results go to target/benchmarks/billing.txt.
 */
class BillingBenchmarkIT {

    private static final int PARTNERS = Integer.getInteger("bench.partners", 1_000);
    private static final long PLIS = Long.getLong("bench.plis", 10_000_000L);
    private static final int DEPOSITS_PER_PARTNER = 100;

    @Test
    void tenMillionPlisAcrossAThousandPartners() throws Exception {
        assumeTrue(SharedPostgres.configured(), "PostgreSQL only (IMPRIMFIP_DB_URL)");
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 1;
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 6);
        long perDeposit = PLIS / PARTNERS / DEPOSITS_PER_PARTNER;
        try (ServerNode node = ServerNode.fresh("bench-billing", 600, Map.of()).heap("512m").gcLog().start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String finance = Keycloak.financeToken();
            long seedStart = System.nanoTime();
            seed(run, year, perDeposit);
            double seeding = (System.nanoTime() - seedStart) / 1e9;

            int collectionsBefore = node.heapAfterCollectionsMb().size();
            ApiClient.Answer started = api.postJson("/finance/billing-runs", finance, "{\"year\": " + year + "}");
            assertEquals(202, started.status(), started.body());
            JsonObject done = awaitJob(api, finance, started.json().getJsonNumber("executionId").longValue());
            assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
            double seconds = Duration.between(Instant.parse(done.getString("startedAt")),
                    Instant.parse(done.getString("endedAt"))).toMillis() / 1000.0;

            List<JsonObject> statements = api.getAs("/finance/statements?year=" + year, finance).jsonArray()
                    .getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("partnerClientId").startsWith(run)).toList();
            long billed = statements.stream().mapToLong(s -> s.getJsonNumber("plis").longValue()).sum();
            assertEquals(PARTNERS, statements.size());
            assertEquals(perDeposit * DEPOSITS_PER_PARTNER * PARTNERS, billed, "every pli billed once");
            JsonObject step = done.getJsonArray("steps").getJsonObject(0);
            List<Long> heap = node.heapAfterCollectionsMb();
            List<Long> during = heap.subList(Math.min(collectionsBefore, heap.size()), heap.size());
            String report = String.format("%d plis across %d partners (seeded in %.0f s): billed in %.1f s"
                            + " (%.0f plis/s), node heap fixed at 512 MB; step read %d, written %d, commits %d;"
                            + " heap after each of the run's %d collections: %s MB (before the run: %s MB)%n",
                    billed, PARTNERS, seeding, seconds, billed / seconds, step.getInt("readCount"),
                    step.getInt("writeCount"), step.getInt("commitCount"), during.size(), summary(during),
                    collectionsBefore == 0 ? "-" : heap.get(collectionsBefore - 1));
            Path out = Path.of("target", "benchmarks", "billing.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.print(report);
        }
    }

    private static String summary(List<Long> megabytes) {
        if (megabytes.isEmpty()) {
            return "none";
        }
        return "first " + megabytes.get(0) + ", min " + megabytes.stream().mapToLong(Long::longValue).min().orElse(0)
                + ", max " + megabytes.stream().mapToLong(Long::longValue).max().orElse(0) + ", last "
                + megabytes.get(megabytes.size() - 1);
    }

    /** Partners with a tariff for the year, 100 production deposits each spread over its months, their plis. */
    private static void seed(String run, int year, long perDeposit) throws Exception {
        try (Connection db = SharedPostgres.connect(); Statement sql = db.createStatement()) {
            SharedPostgres.seedPartners(sql, run, PARTNERS);
            sql.execute("insert into tariff (partner_id, tariff_year, postage_per_pli, production_per_pli, version)"
                    + " select id, " + year + ", 1.3900, 0.1925, 0 from partner where client_id like '" + run + "-%'");
            sql.execute("insert into deposit (internal_ref, partner_id, environment, filename, paper, sending_type,"
                    + " storage_key, size_bytes, sha256, status, received_at, analysis_attempts, version)"
                    + " select '" + run + "-' || p.id || '-' || d, p.id, 'PRODUCTION', 'bench.pdf', 'DUPLEX',"
                    + " case when d % 10 = 0 then 'LRAR' else 'STD' end, 'bench', 1, 'bench', 'SUBMITTED',"
                    + " make_timestamptz(" + year + ", 1 + d % 12, 1 + d % 28, 12, 0, 0, 'Europe/Paris'), 1, 0"
                    + " from partner p cross join generate_series(1, " + DEPOSITS_PER_PARTNER + ") d"
                    + " where p.client_id like '" + run + "-%'");
            sql.execute("insert into deposit_document (id, deposit_id, business_ref, position_in_file, page_count,"
                    + " status, status_at) select " + SharedPostgres.idsAbove("deposit_document") + ", dep.id,"
                    + " 'L' || n, n, 1, 'IN_PRODUCTION', dep.received_at"
                    + " from deposit dep cross join generate_series(1, " + perDeposit + ") n"
                    + " where dep.internal_ref like '" + run + "-%'");
            sql.execute("analyze deposit");
            sql.execute("analyze deposit_document");
        }
    }

    private static JsonObject awaitJob(ApiClient api, String finance, long executionId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            JsonObject run = api.getAs("/finance/billing-runs/" + executionId, finance).json();
            if (!run.getString("batchStatus").equals("STARTED") && !run.getString("batchStatus").equals("STARTING")) {
                return run;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not finished within 10 minutes: " + run);
            }
            Thread.sleep(500);
        }
    }
}
