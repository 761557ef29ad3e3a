package fr.imprimfip.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import fr.imprimfip.testing.LetterPdfs;

/**
 * Status queries through the whole chain (mutual TLS, bound token, every access check, application user, quota,
 * audit, the database)
 * against a bare endpoint of the same server ({@code /ping}), in the same run: throughput and latency percentiles.
 * Not part of the test suite; see docs/benchmarks.md.
 */
class StatusQueryBenchmarkIT {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

    /** What one run measured. */
    private record Run(String what, long requests, long errors, double perSecond, double p50, double p99) {
        @Override
        public String toString() {
            return String.format("%s: %d requests, %d errors, %.0f req/s, p50 %.1f ms, p99 %.1f ms", what, requests,
                    errors, perSecond, p50, p99);
        }
    }

    @Test
    void statusQueriesAgainstABareEndpoint() throws Exception {
        try (ServerNode node = ServerNode.fresh("bench-status", 800, Map.of()).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            String ref = api.submitPdf(partner, "suivi.pdf", LetterPdfs.conformingLetter(1)).json()
                    .getString("internalRef");
            api.awaitAnalysed(partner, ref);
            URI bare = URI.create(node.baseUrl() + "/ping");
            URI status = URI.create(node.baseUrl() + "/api/v1/file/" + ref + "/status");

            StringBuilder report = new StringBuilder()
                    .append(CLIENTS).append(" concurrent clients, ").append(SECONDS).append(" s per run, ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" processors\n");
            long errors = 0;
            for (HttpClient.Version version : List.of(HttpClient.Version.HTTP_2, HttpClient.Version.HTTP_1_1)) {
                HttpClient bareClient = DemoPki.newClient(null, version);
                HttpClient partnerClient = DemoPki.newClient("demo-partner", version);
                run("warm-up bare", bareClient, bare, null, 10);
                run("warm-up chain", partnerClient, status, partner, 10);
                Run bareBefore = run("bare /ping", bareClient, bare, null, SECONDS);
                Run chain = run("status query, whole chain", partnerClient, status, partner, SECONDS);
                Run bareAfter = run("bare /ping", bareClient, bare, null, SECONDS);
                double bareRate = (bareBefore.perSecond() + bareAfter.perSecond()) / 2;
                report.append(version == HttpClient.Version.HTTP_2
                                ? "HTTP/2, the clients' requests multiplexed on one connection\n"
                                : "HTTP/1.1, one keep-alive connection per client\n")
                        .append("  ").append(bareBefore).append("\n  ").append(chain).append("\n  ").append(bareAfter)
                        .append(String.format("%n  ratio chain / bare: %.2f%n", chain.perSecond() / bareRate));
                errors += chain.errors();
            }
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("status-queries.txt"), report);
            System.out.println(report);
            assertEquals(0, errors, "every status query answered 200");
        }
    }

    private static Run run(String what, HttpClient http, URI uri, String token, int seconds) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                long errors = 0;
                while (System.nanoTime() < end) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
                    if (token != null) {
                        request.headers(ApiClient.v1Headers(token));
                    }
                    long start = System.nanoTime();
                    int code = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - start;
                    errors += code == 200 ? 0 : 1;
                }
                long[] result = Arrays.copyOf(latencies, n + 1);
                result[n] = errors;
                return result;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> client : clients) {
            long[] result = client.get();
            for (int i = 0; i < result.length - 1; i++) {
                all.add(result[i]);
            }
            errors += result[result.length - 1];
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Run(what, sorted.length, errors, sorted.length / (double) seconds,
                sorted[(int) (sorted.length * 0.50)] / 1e6, sorted[(int) Math.min(sorted.length - 1,
                sorted.length * 0.99)] / 1e6);
    }
}
