package fr.imprimfip.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Benchmark (profile {@code benchmarks}): one-page deposits through the whole chain (TLS, token, deposit,
 * encrypted storage, analysis) for 60 s from 8 concurrent clients on loopback, then a count of the deposits that
 * reached "Soumis": none may be lost. Results go to target/benchmarks/deposits.txt.
 */
class DepositThroughputBenchmarkIT {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
    private static final int CLIENTS = 8;

    @Test
    void oneLetterDepositsForAMinute() throws Exception {
        byte[] pdf = LetterPdfs.conformingLetter(1);
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (ServerNode node = ServerNode.fresh("bench-deposits", 500, Map.of()).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String token = Keycloak.demoPartnerToken();
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            long end = System.nanoTime() + RUN.toNanos();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        ApiClient.Answer answer = api.send(api.request("/api/v2/deposits?filename=bench.pdf"
                                        + "&metadata.run=" + run, token)
                                .header("Content-Type", "application/pdf")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
                        (answer.status() == 201 ? accepted : refused).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            clients.shutdown();
            long drainStart = System.nanoTime();
            while (count(api, token, run, "IN_SUBMISSION") > 0) {
                Thread.sleep(1_000);
            }
            double drain = (System.nanoTime() - drainStart) / 1e9;
            int submitted = count(api, token, run, "SUBMITTED");
            String report = String.format("%d clients for %d s: %d deposits accepted (%.1f/s), %d refused;"
                            + " analysis finished %.1f s after the last deposit; %d reached \"Soumis\" (lost: %d)%n",
                    CLIENTS, RUN.toSeconds(), accepted.get(), accepted.get() / (double) RUN.toSeconds(),
                    refused.get(), drain, submitted, accepted.get() - submitted);
            Path out = Path.of("target", "benchmarks", "deposits.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.print(report);
            assertEquals(accepted.get(), submitted, "no accepted deposit may be lost");
        }
    }

    private static int count(ApiClient api, String token, String run, String status) {
        int total = 0;
        String cursor = null;
        do {
            JsonObject page = api.getAs("/api/v2/deposits?limit=200&status=" + status + "&metadata.run=" + run
                    + (cursor == null ? "" : "&cursor=" + cursor), token).json();
            total += page.getJsonArray("items").size();
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        return total;
    }
}
