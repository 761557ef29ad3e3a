package fr.imprimfip.it.bench;

import static fr.imprimfip.it.SharedPostgres.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LoadBalancer;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.it.SharedPostgres;
import fr.imprimfip.testing.LetterPdfs;
import fr.imprimfip.testing.PostalAddresses;

/**
 * Benchmark (profile {@code benchmarks}, PostgreSQL only): a peak day scaled down, through the cluster an operator
 * runs (scripts/cluster.sh): HAProxy in TCP mode in front of two nodes on one PostgreSQL database and one content
 * store. Partners' clients deposit multi-letter files through the balancer (v2, Idempotency-Key, resent on a lost
 * connection or a 5xx); each node analyses what it received; a cut-off on both nodes at once builds the print lots,
 * which both nodes compose; then the print centre, through the balancer, downloads each lot's print file (its
 * SHA-256 checked) and reports it printed, enveloped and handed to La Poste. Each stage's wall time and the processor
 * time of the nodes, PostgreSQL and HAProxy are measured, with the database's and content store's growth per letter.
 * Results go to target/benchmarks/peak-day.txt.
 */
@EnabledIfEnvironmentVariable(named = "IMPRIMFIP_DB_URL", matches = "jdbc:postgresql:.*")
class PeakDayBenchmarkIT {

    private static final int LETTERS = Integer.getInteger("bench.peak.letters", 200_000);
    private static final int LETTERS_PER_FILE = Integer.getInteger("bench.peak.letters-per-file", 500);
    private static final int CLIENTS = Integer.getInteger("bench.peak.clients", 8);
    private static final int PRINT_CENTRE_WORKERS = Integer.getInteger("bench.peak.print-centre-workers", 4);
    /** Distinct files built, deposited in turn: building 400 files would take longer than depositing them. */
    private static final int DISTINCT_FILES = 8;
    private static final int BALANCER_PORT = 28443;
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    @Test
    void aScaledPeakDayThroughTwoNodes() throws Exception {
        int files = (LETTERS + LETTERS_PER_FILE - 1) / LETTERS_PER_FILE;
        List<byte[]> contents = files();
        int pages = 0;
        for (int f = 0; f < files; f++) {
            pages += pagesOf(lettersIn(f));
        }
        Path shared = Path.of("target", "nodes", "peak-files").toAbsolutePath();
        ServerNode.deleteTree(shared);
        Map<String, String> environment = Map.of(
                "IMPRIMFIP_STORAGE_DIR", shared.toString(),
                "IMPRIMFIP_PRODUCTION_CUTOFF_ENABLED", "false",
                "IMPRIMFIP_PRODUCTION_SIMULATOR_ENABLED", "false");
        try (ServerNode a = ServerNode.fresh("peak-a", 1400, environment).heap("1g").start();
             ServerNode b = ServerNode.fresh("peak-b", 1500, environment).heap("1g").start();
             LoadBalancer balancer = LoadBalancer.start(BALANCER_PORT, a, b);
             Connection db = SharedPostgres.connect()) {
            warmUp(balancer);
            String run = "peak-" + UUID.randomUUID().toString().substring(0, 8);
            Stages stages = new Stages(a, b, balancer, db, shared);

            stages.begin("intake");
            Duration answered = depositAll(balancer, run, files, contents);
            awaitAnalysed(db, run, files);
            stages.end("intake", LETTERS);
            assertEquals(LETTERS, count(db, "select count(*) from deposit_document doc join deposit d"
                    + " on d.id = doc.deposit_id where d.filename like ? and doc.status = 'PENDING'", run),
                    "every letter analysed and waiting for production");

            stages.begin("cut-off and composition");
            List<Integer> built = cutOffOnBothNodes(a, b);
            stages.end("cut-off and composition", LETTERS);
            assertEquals(0, count(db, "select count(*) from deposit_document doc join deposit d"
                    + " on d.id = doc.deposit_id where d.filename like ? and doc.print_lot_id is null", run),
                    "every letter in a lot");
            assertEquals(0, count(db, "select count(*) from print_lot where status = 'COMPOSING'", null),
                    "every lot composed");
            List<String> lots = readyLots(db);

            stages.begin("print centre: print files and hand-over");
            long printBytes = handOver(balancer, lots);
            stages.end("print centre: print files and hand-over", LETTERS);
            assertEquals(LETTERS, count(db, "select count(*) from deposit_document doc join deposit d"
                    + " on d.id = doc.deposit_id where d.filename like ? and doc.status = 'SHIPPED'", run),
                    "every letter handed to La Poste");

            String report = String.format(
                    "peak day, scaled: %,d letters (%,d pages) in %d files of %d letters, %d clients through HAProxy,"
                            + " 2 nodes (heap 1 GB each) on PostgreSQL, %d processors on the machine%n"
                            + "files answered after %.1f s (%.0f files/s, %.0f letters/s);"
                            + " lots built per node's cut-off: %s; %d lots, %.1f MB of print files%n%s",
                    LETTERS, pages, files, LETTERS_PER_FILE, CLIENTS, Runtime.getRuntime().availableProcessors(),
                    seconds(answered), files / seconds(answered), LETTERS / seconds(answered), built, lots.size(),
                    printBytes / 1e6, stages.report());
            Path out = Path.of("target", "benchmarks", "peak-day.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.print(report);
        }
    }

    /** The letters of file {@code f}: all files are full but the last. */
    private static int lettersIn(int f) {
        return Math.min(LETTERS_PER_FILE, LETTERS - f * LETTERS_PER_FILE);
    }

    /** One letter in two has a second page: 1.5 pages a letter, as a day of notices and reminders. */
    private static int pagesOf(int letters) {
        return letters + letters / 2;
    }

    private static List<byte[]> files() throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (int k = 0; k < DISTINCT_FILES; k++) {
            Path file = Path.of("target", "benchmarks", "peak-file-v" + LETTERS_PER_FILE + "-" + k + ".pdf");
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                LetterPdfs pdf = LetterPdfs.file();
                for (int i = 0; i < LETTERS_PER_FILE; i++) {
                    pdf.letter(String.format("P%d-%06d", k, i), 1 + i % 2,
                            PostalAddresses.nth(k * LETTERS_PER_FILE + i));
                }
                Files.write(file, pdf.build());
            }
            contents.add(Files.readAllBytes(file));
        }
        return contents;
    }

    /** A few deposits through each node, so that the run measures warm nodes. */
    private static void warmUp(LoadBalancer balancer) throws Exception {
        String token = Keycloak.demoPartnerToken();
        HttpClient http = DemoPki.newClient(DemoPki.certificateOf("demo-partner"), HttpClient.Version.HTTP_1_1);
        byte[] letter = LetterPdfs.file().letter("WARM", 1).build();
        for (int i = 0; i < 20; i++) {
            assertEquals(201, deposit(http, balancer, token, "warm-up-" + i + ".pdf", letter,
                    UUID.randomUUID().toString()));
        }
    }

    /** Every file deposited by the clients, each resent with its key until answered 201; the time to the last. */
    private static Duration depositAll(LoadBalancer balancer, String run, int files, List<byte[]> contents)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                HttpClient http = DemoPki.newClient(DemoPki.certificateOf("demo-partner"), HttpClient.Version.HTTP_1_1);
                String token = Keycloak.demoPartnerToken();
                long tokenTaken = System.nanoTime();
                int f;
                while ((f = next.getAndIncrement()) < files) {
                    if (System.nanoTime() - tokenTaken > Duration.ofSeconds(200).toNanos()) {
                        token = Keycloak.demoPartnerToken();
                        tokenTaken = System.nanoTime();
                    }
                    byte[] content = contents.get(f % DISTINCT_FILES);
                    if (lettersIn(f) < LETTERS_PER_FILE) {
                        LetterPdfs last = LetterPdfs.file();
                        for (int i = 0; i < lettersIn(f); i++) {
                            last.letter(String.format("PL-%06d", i), 1 + i % 2, PostalAddresses.nth(i));
                        }
                        content = last.build();
                    }
                    depositUntilTaken(http, balancer, token, run + "-" + f + ".pdf", content);
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get(PATIENCE.toMinutes(), TimeUnit.MINUTES);
        }
        clients.shutdown();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void depositUntilTaken(HttpClient http, LoadBalancer balancer, String token, String filename,
                                          byte[] content) throws InterruptedException {
        String key = UUID.randomUUID().toString();
        for (int attempt = 1; attempt <= 20; attempt++) {
            int status = deposit(http, balancer, token, filename, content, key);
            if (status == 201) {
                return;
            }
            if (status != -1 && status < 500 && status != 409) {
                throw new AssertionError("deposit " + filename + " answered " + status);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("deposit " + filename + " never taken");
    }

    private static int deposit(HttpClient http, LoadBalancer balancer, String token, String filename, byte[] content,
                               String key) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(balancer.baseUrl() + "/api/v2/deposits?filename="
                                    + filename))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                            .header("Idempotency-Key", key).timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException lost) {
            return -1;
        }
    }

    private static void awaitAnalysed(Connection db, String run, int files) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (count(db, "select count(*) from deposit where filename like ? and status = 'IN_SUBMISSION'", run) > 0) {
            assertTrue(System.nanoTime() < deadline, "every file analysed within " + PATIENCE);
            Thread.sleep(200);
        }
        assertEquals(files, count(db, "select count(*) from deposit where filename like ? and status = 'SUBMITTED'",
                run), "every file accepted, once");
    }

    /** The production cut-off called on both nodes at once, as their schedules do; the lots each built. */
    private static List<Integer> cutOffOnBothNodes(ServerNode a, ServerNode b) throws Exception {
        String admin = Keycloak.adminToken(); // one sign-in: a staff member's device sign-ins follow one another
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<Future<Integer>> calls = new ArrayList<>();
        for (ServerNode node : List.of(a, b)) {
            calls.add(both.submit(() -> {
                HttpClient http = DemoPki.newClient(DemoPki.certificateOf(null), HttpClient.Version.HTTP_1_1);
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl()
                                + "/admin/production-cutoffs")).header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json").timeout(PATIENCE)
                        .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), answer.body());
                return Json.createReader(new StringReader(answer.body())).readArray().size();
            }));
        }
        List<Integer> built = new ArrayList<>();
        for (Future<Integer> call : calls) {
            built.add(call.get(PATIENCE.toMinutes(), TimeUnit.MINUTES));
        }
        both.shutdown();
        return built;
    }

    private static List<String> readyLots(Connection db) throws Exception {
        List<String> lots = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select reference from print_lot where status = 'READY'"
                + " order by id"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                lots.add(rows.getString(1));
            }
        }
        return lots;
    }

    /**
     * The print centre's work through the balancer, a few lots at a time: each lot's print file downloaded and its
     * digest checked, then the lot reported printed, enveloped and handed to La Poste. Returns the bytes downloaded.
     */
    private static long handOver(LoadBalancer balancer, List<String> lots) throws Exception {
        ApiClient api = new ApiClient(balancer.baseUrl());
        ExecutorService workers = Executors.newFixedThreadPool(PRINT_CENTRE_WORKERS);
        List<Future<Long>> done = new ArrayList<>();
        for (String lot : lots) {
            done.add(workers.submit(() -> {
                String token = Keycloak.printCentreToken();
                long bytes = downloadChecked(lot, token, balancer);
                for (String event : List.of("PRINTED", "ENVELOPED", "HANDED_OVER")) {
                    String body = event.equals("HANDED_OVER")
                            ? "{\"event\":\"HANDED_OVER\",\"depositSlip\":\"BD-" + lot + "\"}"
                            : "{\"event\":\"" + event + "\"}";
                    ApiClient.Answer answer = api.postJson("/editique/lots/" + lot + "/events", token, body);
                    assertEquals(200, answer.status(), answer.body());
                }
                return bytes;
            }));
        }
        long bytes = 0;
        for (Future<Long> lot : done) {
            bytes += lot.get(PATIENCE.toMinutes(), TimeUnit.MINUTES);
        }
        workers.shutdown();
        return bytes;
    }

    private static long downloadChecked(String lot, String token, LoadBalancer balancer) throws Exception {
        HttpClient http = DemoPki.newClient(DemoPki.certificateOf("demo-editique"), HttpClient.Version.HTTP_1_1);
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(balancer.baseUrl()
                        + "/editique/lots/" + lot + "/print-file")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, answer.statusCode(), "print file of " + lot);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long bytes;
        try (InputStream in = new DigestInputStream(answer.body(), sha256)) {
            bytes = in.transferTo(OutputStream.nullOutputStream());
        }
        String digest = "sha-256=:" + Base64.getEncoder().encodeToString(sha256.digest()) + ":";
        assertEquals(digest, answer.headers().firstValue("Repr-Digest").orElse(""), "print file of " + lot + " intact");
        return bytes;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /** Each stage's wall time, processor time (nodes, PostgreSQL, HAProxy) and growth of the stores. */
    private static final class Stages {

        private final ServerNode a;
        private final ServerNode b;
        private final LoadBalancer balancer;
        private final Connection db;
        private final Path files;
        private final Map<String, long[]> started = new LinkedHashMap<>();
        private final StringBuilder lines = new StringBuilder(String.format(
                "%-42s %9s %10s %12s %12s %12s %12s %12s %12s%n", "stage", "wall (s)", "letters/s",
                "node A ms/kl", "node B ms/kl", "PG ms/kl", "HAProxy", "DB B/letter", "files B/l."));

        Stages(ServerNode a, ServerNode b, LoadBalancer balancer, Connection db, Path files) {
            this.a = a;
            this.b = b;
            this.balancer = balancer;
            this.db = db;
            this.files = files;
        }

        void begin(String stage) throws Exception {
            started.put(stage, snapshot());
        }

        void end(String stage, int letters) throws Exception {
            long[] from = started.get(stage);
            long[] to = snapshot();
            double wall = (to[0] - from[0]) / 1e9;
            double perKiloLetter = 1000.0 / letters;
            lines.append(String.format("%-42s %9.1f %10.0f %12.0f %12.0f %12.0f %12.0f %12.0f %12.0f%n", stage, wall,
                    letters / wall, (to[1] - from[1]) * perKiloLetter, (to[2] - from[2]) * perKiloLetter,
                    (to[3] - from[3]) * perKiloLetter, (to[4] - from[4]) * perKiloLetter,
                    (double) (to[5] - from[5]) / letters, (double) (to[6] - from[6]) / letters));
        }

        String report() {
            return lines + "(ms/kl: processor milliseconds per 1,000 letters; HAProxy in ms/kl too; DB: tables and"
                    + " indexes of the schema; files: the shared content store)\n";
        }

        /** Now, the processor milliseconds of node A, node B, PostgreSQL, HAProxy, the database and store bytes. */
        private long[] snapshot() throws Exception {
            return new long[] {System.nanoTime(), a.cpuTime().toMillis(), b.cpuTime().toMillis(),
                    LocalPostgresCpu.used().toMillis(), balancer.cpuTime().toMillis(), databaseBytes(), storeBytes()};
        }

        private long databaseBytes() throws Exception {
            try (PreparedStatement query = db.prepareStatement("select coalesce(sum(pg_total_relation_size(c.oid)), 0)"
                    + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = current_schema() and c.relkind in ('r', 'm')");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }

        private long storeBytes() throws IOException {
            if (!Files.exists(files)) {
                return 0;
            }
            try (Stream<Path> tree = Files.walk(files)) {
                return tree.filter(Files::isRegularFile).mapToLong(p -> {
                    try {
                        return Files.size(p);
                    } catch (IOException gone) {
                        return 0;
                    }
                }).sum();
            }
        }
    }
}
