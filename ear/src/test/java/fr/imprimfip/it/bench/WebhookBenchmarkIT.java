package fr.imprimfip.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsServer;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LoopbackHttpsServer;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.it.SharedPostgres;

/**
 * Benchmark (profile {@code benchmarks}): webhook deliveries of one node to {@code bench.subscriptions} endpoints
 * (1,000 by default, 20 for each of 50 partners) on an HTTPS receiver on loopback, with the platform's default
 * delivery settings (timeouts, retries, caps). Subscriptions, events and deliveries are seeded straight into the
 * node's database (its H2 file, or PostgreSQL when {@code IMPRIMFIP_DB_URL} is set), the subscriptions' sealed
 * secret copied from one made through the API; each run queues {@code bench.events} events (6 by default) for every
 * endpoint at once and measures until every one of them reached the endpoints that stay healthy throughout. Three
 * runs after a warm-up: every endpoint healthy (the baseline), 5 % of them answering 500, 5 % never answering (their
 * attempts end at the read timeout). Results go to target/benchmarks/webhooks.txt.
 */
class WebhookBenchmarkIT {

    private static final int SUBSCRIPTIONS = Integer.getInteger("bench.subscriptions", 1_000);
    private static final int PER_PARTNER = 20;
    private static final int EVENTS = Integer.getInteger("bench.events", 6);
    /** One endpoint in this many is the failing one of the second and third runs: 5 %. */
    private static final int FAILING_ONE_IN = 20;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(5);
    private static final String FAR = "2100-01-01T00:00:00Z";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void deliveriesToHealthyEndpointsWhileFivePercentFail() throws Exception {
        String tag = randomTag();
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "IMPRIMFIP_WEBHOOK_ALLOW_LOOPBACK", "true",
                "IMPRIMFIP_WEBHOOK_TRUST_STORE", "truststore.p12",
                "IMPRIMFIP_WEBHOOK_TRUST_STORE_PASSWORD", "demo-pki-password"));
        Path h2 = Path.of("target", "nodes", "bench-webhooks-db").toAbsolutePath();
        if (!SharedPostgres.configured()) {
            ServerNode.deleteTree(h2);
            environment.put("IMPRIMFIP_DB_URL", h2Url(h2));
            environment.put("IMPRIMFIP_DB_KIND", "h2");
        }
        try (Receiver receiver = new Receiver();
             ServerNode node = ServerNode.fresh("bench-webhooks", 1300, environment).start();
             Connection db = connect(h2)) {
            List<Long> subscriptions = seed(db, tag, new ApiClient(node.baseUrl()), receiver);
            List<String> report = new ArrayList<>();
            report.add(String.format("%d subscriptions of %d partners, %d events each per run, 1 endpoint in %d"
                    + " failing in runs 2 and 3; database %s%n", subscriptions.size(), subscriptions.size()
                    / PER_PARTNER, EVENTS, FAILING_ONE_IN, SharedPostgres.configured() ? "PostgreSQL" : "H2"));

            point(db, subscriptions, receiver, i -> "ok");
            run(db, node, tag + "W", subscriptions, 2, "warm-up");
            Result baseline = run(db, node, tag + "A", subscriptions, EVENTS, "all endpoints healthy");
            point(db, subscriptions, receiver, i -> i % FAILING_ONE_IN == 0 ? "fail" : "ok");
            Result failing = run(db, node, tag + "B", subscriptions, EVENTS, "5 % answering 500");
            point(db, subscriptions, receiver, i -> i % FAILING_ONE_IN == 0 ? "hang" : "ok");
            Result hanging = run(db, node, tag + "C", subscriptions, EVENTS, "5 % never answering");

            for (Result result : List.of(baseline, failing, hanging)) {
                report.add(result + String.format("%n    ratio to the baseline: %.2f%n",
                        result.healthyPerSecond() / baseline.healthyPerSecond()));
            }
            report.add(String.format("receiver: %d answered 200, %d answered 500, %d never answered%n",
                    receiver.ok.get(), receiver.failed.get(), receiver.hung.size()));
            String text = String.join("", report);
            Path out = Path.of("target", "benchmarks", "webhooks.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
            System.out.print(text);
            assertTrue(baseline.healthyPerSecond() > 0);
        }
    }

    /** What one run measured. */
    record Result(String what, int healthyEndpoints, long healthyDelivered, double seconds, long attempts,
                  long failedAttempts, double[] attemptMs, double[] waitSeconds, double cpuMsPerAttempt) {

        double healthyPerSecond() {
            return healthyDelivered / seconds;
        }

        @Override
        public String toString() {
            return String.format("%s: %d events delivered to the %d endpoints healthy throughout in %.1f s,"
                            + " %.0f events/s; %d attempts in all (%d failed), %.0f attempts/s;%n"
                            + "    attempt to a healthy endpoint p50 %.0f ms, p95 %.0f ms, p99 %.0f ms;"
                            + " event queued to delivered p50 %.1f s, p99 %.1f s; processor %.2f ms per attempt",
                    what, healthyDelivered, healthyEndpoints, seconds, healthyPerSecond(), attempts, failedAttempts,
                    attempts / seconds, attemptMs[0], attemptMs[1], attemptMs[2], waitSeconds[0], waitSeconds[2],
                    cpuMsPerAttempt);
        }
    }

    /**
     * Queues {@code events} events for every subscription, all due at the same instant, and waits until the
     * endpoints that stay healthy have them all; what is left for the failing ones is then given up, so that the
     * next run starts clean.
     */
    private static Result run(Connection db, ServerNode node, String run, List<Long> subscriptions, int events,
                              String what) throws Exception {
        queue(db, run, subscriptions, events);
        int healthyEndpoints = subscriptions.size() - (subscriptions.size() + FAILING_ONE_IN - 1) / FAILING_ONE_IN;
        long expected = (long) healthyEndpoints * events;
        String tag = run.substring(0, run.length() - 1);
        String healthy = " and d.subscription_id in (select s.id from webhook_subscription s where s.public_id like"
                + " 'wh_" + tag + "H%')";
        Duration cpuBefore = node.cpuTime();
        Instant released = Instant.now();
        try (PreparedStatement release = db.prepareStatement("update webhook_delivery set next_attempt_at = ?"
                + " where state = 'PENDING' and event_id like ?")) {
            release.setObject(1, OffsetDateTime.ofInstant(released, ZoneOffset.UTC));
            release.setString(2, "evt_" + run + "%");
            release.executeUpdate();
        }
        Instant limit = released.plus(RUN_LIMIT);
        long delivered = 0;
        while (Instant.now().isBefore(limit)) {
            delivered = count(db, "select count(*) from webhook_delivery d where d.event_id like ? and d.state"
                    + " = 'DELIVERED'" + healthy, run);
            if (delivered >= expected) {
                break;
            }
            Thread.sleep(200);
        }
        Duration cpu = node.cpuTime().minus(cpuBefore);
        assertEquals(expected, delivered, what + ": every event reached the healthy endpoints in "
                + RUN_LIMIT.toMinutes() + " min");
        double[] allWaits = column(db, "select d.delivered_at from webhook_delivery d where d.event_id like ?"
                + healthy, run).stream().mapToDouble(at -> Duration.between(released,
                ((OffsetDateTime) at).toInstant()).toMillis() / 1000.0).toArray();
        double seconds = Arrays.stream(allWaits).max().orElseThrow();
        long attempts = count(db, "select count(*) from webhook_attempt a where a.event_id like ?", run);
        long failed = count(db, "select count(*) from webhook_attempt a where a.event_id like ? and (a.http_status"
                + " is null or a.http_status <> 200)", run);
        double[] attemptMs = percentiles(column(db, "select a.latency_ms from webhook_attempt a where a.event_id"
                + " like ? and a.http_status = 200 and a.subscription_id in (select s.id from webhook_subscription s"
                + " where s.public_id like 'wh_" + tag + "H%')", run).stream().mapToDouble(ms -> ((Number) ms).doubleValue())
                .toArray());
        try (PreparedStatement giveUp = db.prepareStatement("update webhook_delivery set state = 'ABANDONED',"
                + " next_attempt_at = null, version = version + 1 where state = 'PENDING' and event_id like ?");
             PreparedStatement recovered = db.prepareStatement("update webhook_subscription set failing_since ="
                     + " null, version = version + 1 where public_id like ?")) {
            giveUp.setString(1, "evt_" + run + "%");
            giveUp.executeUpdate();
            recovered.setString(1, "wh_" + tag + "%");
            recovered.executeUpdate();
        }
        return new Result(what, healthyEndpoints, delivered, seconds, attempts, failed, attemptMs,
                percentiles(allWaits), cpu.toNanos() / 1e6 / Math.max(1, attempts));
    }

    /**
     * 50 partners and their subscriptions, each signed with the secret of one webhook made through the API (its
     * sealed form copied), that one paused.
     */
    private static List<Long> seed(Connection db, String tag, ApiClient api, Receiver receiver) throws Exception {
        ApiClient.Answer created = api.postJson("/api/v2/webhooks", Keycloak.demoPartnerToken(), "{\"url\": \""
                + receiver.url("ok", 0) + "\", \"eventTypes\": [\"document.status_changed\"]}");
        assertEquals(201, created.status(), created.body());
        String model = created.json().getString("id");
        String sealed;
        String environment;
        String types;
        try (PreparedStatement read = db.prepareStatement("select sealed_secret, environment, event_types from"
                + " webhook_subscription where public_id = ?");
             PreparedStatement pause = db.prepareStatement("update webhook_subscription set status = 'PAUSED',"
                     + " version = version + 1 where public_id = ?")) {
            read.setString(1, model);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                sealed = row.getString(1);
                environment = row.getString(2);
                types = row.getString(3);
            }
            pause.setString(1, model);
            pause.executeUpdate();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int partners = (SUBSCRIPTIONS + PER_PARTNER - 1) / PER_PARTNER;
        try (PreparedStatement partner = db.prepareStatement("insert into partner (client_id, name, siret, status,"
                + " created_at, version) values (?, ?, '11000000000000', 'ACTIVE', ?, 0)")) {
            for (int p = 1; p <= partners; p++) {
                partner.setString(1, "bench-" + tag + "-" + p);
                partner.setString(2, "Benchmark " + p);
                partner.setObject(3, now);
                partner.addBatch();
            }
            partner.executeBatch();
        }
        List<Long> partnerIds = longs(db, "select id from partner where client_id like ? order by id",
                "bench-" + tag + "-%");
        try (PreparedStatement subscription = db.prepareStatement("insert into webhook_subscription (public_id,"
                + " partner_id, environment, url, event_types, status, sealed_secret, created_at, version)"
                + " values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)")) {
            for (int i = 0; i < SUBSCRIPTIONS; i++) {
                // H: healthy in every run; F: failing in the second and third
                subscription.setString(1, "wh_" + tag + (i % FAILING_ONE_IN == 0 ? "F" : "H")
                        + String.format("%019d", i));
                subscription.setLong(2, partnerIds.get(i / PER_PARTNER));
                subscription.setString(3, environment);
                subscription.setString(4, receiver.url("ok", i));
                subscription.setString(5, types);
                subscription.setString(6, sealed);
                subscription.setObject(7, now);
                subscription.addBatch();
            }
            subscription.executeBatch();
        }
        return longs(db, "select id from webhook_subscription where public_id like ? order by id", "wh_" + tag + "%");
    }

    /** Points subscription number i at the receiver's behaviour for it ("ok", "fail" or "hang"). */
    private static void point(Connection db, List<Long> subscriptions, Receiver receiver,
                              java.util.function.IntFunction<String> behaviour) throws SQLException {
        try (PreparedStatement url = db.prepareStatement("update webhook_subscription set url = ?, version ="
                + " version + 1 where id = ?")) {
            for (int i = 0; i < subscriptions.size(); i++) {
                url.setString(1, receiver.url(behaviour.apply(i), i));
                url.setLong(2, subscriptions.get(i));
                url.addBatch();
            }
            url.executeBatch();
        }
    }

    /** {@code events} events for each subscription's partner and their deliveries, due far in the future. */
    private static void queue(Connection db, String run, List<Long> subscriptions, int events) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime far = OffsetDateTime.parse(FAR);
        List<long[]> owners = new ArrayList<>();
        String environment = null;
        try (PreparedStatement read = db.prepareStatement("select id, partner_id, environment from"
                + " webhook_subscription where id between ? and ?")) {
            read.setLong(1, subscriptions.get(0));
            read.setLong(2, subscriptions.get(subscriptions.size() - 1));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    owners.add(new long[] {rows.getLong(1), rows.getLong(2)});
                    environment = rows.getString(3);
                }
            }
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement event = db.prepareStatement("insert into webhook_event (id, partner_id, environment,"
                + " event_type, occurred_at, created_at, body) values (?, ?, ?, 'webhook.ping', ?, ?, ?)");
             PreparedStatement delivery = db.prepareStatement("insert into webhook_delivery (event_id,"
                     + " subscription_id, state, attempts, created_at, next_attempt_at, version)"
                     + " values (?, ?, 'PENDING', 0, ?, ?, 0)")) {
            int n = 0;
            for (int e = 0; e < events; e++) {
                for (long[] owner : owners) {
                    String id = "evt_" + run + String.format("%019d", n++);
                    event.setString(1, id);
                    event.setLong(2, owner[1]);
                    event.setString(3, environment);
                    event.setObject(4, now);
                    event.setObject(5, now);
                    event.setString(6, "{\"type\":\"webhook.ping\",\"timestamp\":\"" + now + "\",\"data\":"
                            + "{\"reference\":\"" + id + "\"}}");
                    event.addBatch();
                    delivery.setString(1, id);
                    delivery.setLong(2, owner[0]);
                    delivery.setObject(3, now);
                    delivery.setObject(4, far);
                    delivery.addBatch();
                }
                event.executeBatch();
                delivery.executeBatch();
            }
            db.commit();
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static double[] percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new double[] {0, 0, 0};
        }
        return new double[] {sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, sorted.length
                * 0.95)], sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)]};
    }

    private static long count(Connection db, String sql, String run) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, "evt_" + run + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<Object> column(Connection db, String sql, String run) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, "evt_" + run + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Object value = rows.getObject(1);
                    values.add(value instanceof java.sql.Timestamp t ? t.toInstant().atOffset(ZoneOffset.UTC)
                            : value);
                }
            }
        }
        return values;
    }

    private static List<Long> longs(Connection db, String sql, String like) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, like);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
        }
        return values;
    }

    private static String randomTag() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            tag.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return tag.toString();
    }

    /** The node's H2 file, served to this test by the node itself (H2's automatic mixed mode). */
    private static String h2Url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("imprimfip") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /**
     * PostgreSQL when configured; otherwise the node's H2 file through the server's own H2 driver (the test's class
     * path has none, and only the same version reads the file the same way).
     */
    private static Connection connect(Path h2) throws Exception {
        if (SharedPostgres.configured()) {
            return SharedPostgres.connect();
        }
        Path modules = Path.of(System.getProperty("jboss.home", "target/server"), "modules");
        Path jar;
        try (Stream<Path> files = Files.walk(modules)) {
            jar = files.filter(f -> f.toString().contains("h2database") && f.toString().endsWith(".jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no H2 driver under " + modules));
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                WebhookBenchmarkIT.class.getClassLoader());
        Driver driver = (Driver) loader.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "sa");
        return driver.connect(h2Url(h2), credentials);
    }

    /**
     * Partners' endpoints on loopback: {@code /ok/n/hooks} answers 200 at once, {@code /fail/n/hooks} 500 at once,
     * {@code /hang/n/hooks} reads the request and never answers (the platform's attempt ends at its read timeout).
     */
    static final class Receiver implements AutoCloseable {

        private final HttpsServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(4);
        final java.util.concurrent.atomic.AtomicLong ok = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();
        final ConcurrentLinkedQueue<HttpExchange> hung = new ConcurrentLinkedQueue<>();

        Receiver() throws Exception {
            server = LoopbackHttpsServer.serve(200, threads, this::handle);
        }

        String url(String behaviour, int endpoint) {
            return "https://127.0.0.1:" + server.getAddress().getPort() + "/" + behaviour + "/" + endpoint + "/hooks";
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            if (path.startsWith("/hang/")) {
                hung.add(exchange);         // never answered, and no thread held: the platform hangs up
                return;
            }
            boolean healthy = !path.startsWith("/fail/");
            (healthy ? ok : failed).incrementAndGet();
            exchange.sendResponseHeaders(healthy ? 200 : 500, -1);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
            hung.forEach(HttpExchange::close);
            threads.shutdownNow();
        }
    }
}
