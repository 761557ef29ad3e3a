package fr.imprimfip.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import fr.imprimfip.it.ApiClient;

/**
 * Concurrent clients sending GET requests to one address, each as fast as it can or at a fixed pace, while a
 * condition holds; the latency of every answer, for throughput and percentiles. Benchmarks only.
 */
final class LoadRun {

    /** What one run measured. */
    record Result(String what, long requests, long errors, double perSecond, double p50, double p99) {
        @Override
        public String toString() {
            return String.format("%s: %d requests, %d errors, %.0f req/s, p50 %.1f ms, p99 %.1f ms", what, requests,
                    errors, perSecond, p50, p99);
        }
    }

    private LoadRun() {
    }

    /** {@code clients} clients for {@code seconds}, each sending its next request as soon as it has an answer. */
    static Result closedLoop(String what, HttpClient http, URI uri, String v1Token, int clients, int seconds)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        return run(what, http, uri, v1Token, clients, 0, () -> System.nanoTime() < end);
    }

    /**
     * {@code clients} clients sending {@code perSecond} requests a second in all, evenly spaced (a request that
     * answers late delays its client's next one, but the pace catches up), while {@code goOn} holds.
     */
    static Result paced(String what, HttpClient http, URI uri, String v1Token, int clients, double perSecond,
                        BooleanSupplier goOn) throws Exception {
        return run(what, http, uri, v1Token, clients, (long) (clients * 1e9 / perSecond), goOn);
    }

    private static Result run(String what, HttpClient http, URI uri, String v1Token, int clients, long intervalNanos,
                              BooleanSupplier goOn) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<long[]>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long offset = intervalNanos * c / clients;
            running.add(pool.submit(() -> {
                long[] latencies = new long[1 << 12];
                int n = 0;
                long errors = 0;
                long next = started + offset;
                while (goOn.getAsBoolean()) {
                    if (intervalNanos > 0) {
                        LockSupport.parkNanos(next - System.nanoTime());
                        next += intervalNanos;
                    }
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
                    if (v1Token != null) {
                        request.headers(ApiClient.v1Headers(v1Token));
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
        for (Future<long[]> client : running) {
            long[] result = client.get();
            for (int i = 0; i < result.length - 1; i++) {
                all.add(result[i]);
            }
            errors += result[result.length - 1];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Result(what, 0, errors, 0, 0, 0);
        }
        return new Result(what, sorted.length, errors, sorted.length / seconds, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1e6);
    }
}
