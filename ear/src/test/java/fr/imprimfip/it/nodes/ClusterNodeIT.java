package fr.imprimfip.it.nodes;

import static fr.imprimfip.it.SharedPostgres.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LoadBalancer;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.it.SharedPostgres;
import fr.imprimfip.it.SlowBody;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The cluster an operator runs (scripts/cluster.sh): two nodes on one PostgreSQL database and one content store,
 * behind HAProxy in TCP mode (scripts/haproxy-config.sh), partners' mutual TLS and certificate-bound tokens passing
 * through it unchanged. Partners' clients deposit through it with v2 Idempotency-Keys and resend on a lost
 * connection or a 5xx, as docs/api-v2.md tells them. One node is killed (SIGKILL) under that load: every deposit is
 * answered, stored once, its letter analysed once, and no client meets failures for longer than the balancer's
 * health checks take to see the node gone; a deposit whose body was still arriving at the killed node is resent and
 * answered 409 (its key in flight) until that node starts again and frees it, then taken. Then each node in turn is
 * drained and stopped (scripts/stop-node.sh) and the first started again, under load: not one request fails.
 * PostgreSQL only (H2 is per node).
 */
@EnabledIfEnvironmentVariable(named = "IMPRIMFIP_DB_URL", matches = "jdbc:postgresql:.*")
class ClusterNodeIT {

    private static final int BALANCER_PORT = 28443;
    private static final int CLIENTS = 4;
    /** The balancer's checks: every second, out after 2 failures; plus a client's pause before it resends. */
    private static final Duration LONGEST_OUTAGE = Duration.ofSeconds(3);

    @Test
    void aKilledNodeLosesNoDepositAndADrainedOneFailsNoRequest() throws Exception {
        Assumptions.assumeTrue(LoadBalancer.installed() || "true".equals(System.getenv("CI")),
                "HAProxy (Debian package haproxy) is not installed");
        Path shared = Path.of("target", "nodes", "cluster-files").toAbsolutePath();
        ServerNode.deleteTree(shared);
        Map<String, String> environment = Map.of("IMPRIMFIP_STORAGE_DIR", shared.toString());
        try (ServerNode a = ServerNode.fresh("cluster-a", 1400, environment).start();
             ServerNode b = ServerNode.fresh("cluster-b", 1500, environment);
             LoadBalancer balancer = LoadBalancer.start(BALANCER_PORT, a, b.start())) {
            String run = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
            Deposits killed = new Deposits(balancer, run + "-kill");
            CompletableFuture<List<Integer>> cutShort = CompletableFuture.supplyAsync(
                    () -> receivedByTheNodeThatDies(a, balancer, run + "-kill-cut-short.pdf"));
            Thread.sleep(3_000);
            a.kill();
            Thread.sleep(6_000);
            killed.stopStarting();
            a.start(); // frees the idempotency keys of the requests it was receiving when killed
            Deposits.Outcome afterKill = killed.finish();
            List<Integer> resent = cutShort.get(3, TimeUnit.MINUTES);
            System.out.println("Cluster, node killed: " + afterKill + "; the deposit cut short: " + resent);
            assertEquals(0, afterKill.unanswered(), "every deposit is answered in the end: " + afterKill);
            assertTrue(afterKill.answered() >= 20, "the clients kept depositing: " + afterKill);
            assertTrue(afterKill.longestOutage().compareTo(LONGEST_OUTAGE) <= 0,
                    "failures for no longer than the health checks take: " + afterKill);
            assertEquals(-1, resent.get(0), "the deposit's connection died with its node: " + resent);
            assertTrue(resent.contains(409), "its key stayed in flight while its node was down: " + resent);
            assertEquals(201, resent.get(resent.size() - 1), "then the resent deposit was taken: " + resent);
            storedOnceAndAnalysedOnce(run + "-kill", afterKill.answered() + 1);

            awaitInBalancer(a);
            Deposits rolling = new Deposits(balancer, run + "-roll");
            Thread.sleep(2_000);
            b.drainAndStop();
            b.start();
            awaitInBalancer(b);
            a.drainAndStop();
            Thread.sleep(2_000);
            rolling.stopStarting();
            Deposits.Outcome afterRestarts = rolling.finish();
            System.out.println("Cluster, rolling restart: " + afterRestarts);
            assertEquals(0, afterRestarts.failedAttempts(), "not one request fails: " + afterRestarts);
            assertEquals(0, afterRestarts.unanswered(), afterRestarts.toString());
            storedOnceAndAnalysedOnce(run + "-roll", afterRestarts.answered());
        }
    }

    /**
     * A deposit whose body is still arriving at node A when A is killed (sent to A as the balancer would have sent
     * it), then resent through the balancer with the same Idempotency-Key until it is taken: the statuses seen,
     * -1 for a lost connection.
     */
    private static List<Integer> receivedByTheNodeThatDies(ServerNode a, LoadBalancer balancer, String filename) {
        HttpClient http = DemoPki.newClient(DemoPki.certificateOf("demo-partner"), HttpClient.Version.HTTP_1_1);
        String token = Keycloak.demoPartnerToken();
        String key = UUID.randomUUID().toString();
        byte[] letter = LetterPdfs.conformingLetter(1);
        List<Integer> statuses = new ArrayList<>();
        String base = a.baseUrl();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            HttpRequest.BodyPublisher body = statuses.isEmpty() ? new SlowBody(letter, Duration.ofSeconds(8))
                    : HttpRequest.BodyPublishers.ofByteArray(letter);
            int status;
            try {
                status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v2/deposits?filename=" + filename))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                        .header("Idempotency-Key", key).timeout(Duration.ofSeconds(30)).POST(body).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException lost) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            statuses.add(status);
            if (status == 201) {
                break;
            }
            base = balancer.baseUrl();
            Deposits.pause();
        }
        return statuses;
    }

    /** The balancer takes the node again: it is ready, and two checks a second apart have seen it so. */
    private static void awaitInBalancer(ServerNode node) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (node.readiness().statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "node " + node.name() + " ready again");
            Thread.sleep(200);
        }
        Thread.sleep(3_000);
    }

    /** Each answered deposit of the run is in the database once, its one letter analysed once. */
    private static void storedOnceAndAnalysedOnce(String prefix, int answered) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (Connection db = SharedPostgres.connect()) {
            while (count(db, "select count(*) from deposit where filename like ? and status = 'IN_SUBMISSION'",
                    prefix) > 0) {
                assertTrue(System.nanoTime() < deadline, "every file of " + prefix + " analysed");
                Thread.sleep(500);
            }
            assertEquals(answered, count(db, "select count(*) from deposit where filename like ?", prefix),
                    "one deposit per answered key");
            assertEquals(answered, count(db, "select count(distinct filename) from deposit where filename like ?",
                    prefix), "no deposit twice");
            assertEquals(0, count(db, "select count(*) from (select d.id from deposit d left join deposit_document"
                    + " doc on doc.deposit_id = d.id where d.filename like ? group by d.id having count(doc.id) <> 1)"
                    + " t", prefix), "each file's one letter recorded once");
            assertEquals(0, count(db, "select count(*) from deposit where filename like ? and status <> 'SUBMITTED'",
                    prefix), "every file accepted");
        }
    }

    /**
     * Partners' clients depositing through the balancer, one file after another, each with its Idempotency-Key,
     * resending the same request after a lost connection, a 5xx or a 409 (the key still in flight on a dead node).
     */
    private static final class Deposits {

        private static final Duration PATIENCE = Duration.ofSeconds(120);
        private static final byte[] LETTER = LetterPdfs.conformingLetter(1);

        private final LoadBalancer balancer;
        private final String prefix;
        private final String token = Keycloak.demoPartnerToken();
        /** HTTP/1.1, one kept-alive connection per client: a draining node closes each as its answer ends. */
        private final HttpClient http = DemoPki.newClient(DemoPki.certificateOf("demo-partner"),
                HttpClient.Version.HTTP_1_1);
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        private final AtomicBoolean starting = new AtomicBoolean(true);
        private final AtomicInteger numbers = new AtomicInteger();
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger unanswered = new AtomicInteger();
        private final AtomicInteger failedAttempts = new AtomicInteger();
        private final List<Long> failures = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> successes = Collections.synchronizedList(new ArrayList<>());

        Deposits(LoadBalancer balancer, String prefix) {
            this.balancer = balancer;
            this.prefix = prefix;
            for (int i = 0; i < CLIENTS; i++) {
                clients.execute(this::depositWhileStarting);
            }
        }

        void stopStarting() {
            starting.set(false);
        }

        Outcome finish() throws InterruptedException {
            stopStarting();
            clients.shutdown();
            assertTrue(clients.awaitTermination(PATIENCE.toSeconds() + 30, TimeUnit.SECONDS), "the clients end");
            return new Outcome(answered.get(), unanswered.get(), failedAttempts.get(), longestOutage());
        }

        private void depositWhileStarting() {
            while (starting.get()) {
                String key = UUID.randomUUID().toString();
                String filename = prefix + "-" + numbers.incrementAndGet() + ".pdf";
                if (depositUntilAnswered(key, filename)) {
                    answered.incrementAndGet();
                } else {
                    unanswered.incrementAndGet();
                }
                pause(); // a partner's steady pace, some 20 files a second for the four clients
            }
        }

        private boolean depositUntilAnswered(String key, String filename) {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                int status;
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create(balancer.baseUrl()
                                    + "/api/v2/deposits?filename=" + filename))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                            .header("Idempotency-Key", key).timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(LETTER)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException lost) {
                    status = -1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                if (status == 201) {
                    successes.add(System.nanoTime());
                    return true;
                }
                if (status == -1 || status >= 500) {
                    failures.add(System.nanoTime());
                    failedAttempts.incrementAndGet();
                } else if (status != 409) {
                    throw new AssertionError("deposit " + filename + " answered " + status);
                }
                pause();
            }
            return false;
        }

        /** The longest time from a failed attempt to the next success of any client. */
        private Duration longestOutage() {
            List<Long> ok = new ArrayList<>(successes);
            Collections.sort(ok);
            long longest = 0;
            for (long failed : new ArrayList<>(failures)) {
                long next = ok.stream().filter(t -> t > failed).findFirst().orElse(Long.MAX_VALUE);
                longest = Math.max(longest, next - failed);
            }
            return Duration.ofNanos(longest);
        }

        private static void pause() {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        record Outcome(int answered, int unanswered, int failedAttempts, Duration longestOutage) {
        }
    }
}
