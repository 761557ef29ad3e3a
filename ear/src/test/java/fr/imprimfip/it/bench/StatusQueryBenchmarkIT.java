package fr.imprimfip.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.it.SharedPostgres;


/**
 * Status queries through the whole chain (mutual TLS, bound token, every access check, application user, quota,
 * audit, the database) against the same status read answered without the chain on the same node and TLS (the
 * node's benchmark-only baseline), before and after, and against the bare {@code /ping}: throughput, latency
 * percentiles and processor time per request. Not part of the test suite; see docs/benchmarks.md.
 */
class StatusQueryBenchmarkIT {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 30);

    @Test
    void statusQueriesAgainstTheSameReadWithoutTheChain() throws Exception {
        try (ServerNode node = ServerNode.fresh("bench-status", 800,
                Map.of("IMPRIMFIP_BENCHMARK_BASELINE", "true")).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String ref = api.analysedLetter(Keycloak.demoPartnerToken(), "suivi.pdf");
            URI ping = URI.create(node.baseUrl() + "/ping");
            URI baseline = URI.create(node.baseUrl() + "/benchmark/v1-status/" + ref + "?partner=demo-partner");
            URI status = URI.create(node.baseUrl() + "/api/v1/file/" + ref + "/status");

            StringBuilder report = new StringBuilder()
                    .append(CLIENTS).append(" concurrent clients, ").append(SECONDS).append(" s per run, ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" processors, ")
                    .append(SharedPostgres.configured() ? "PostgreSQL" : "H2").append("\n");
            long errors = 0;
            for (HttpClient.Version version : List.of(HttpClient.Version.HTTP_2, HttpClient.Version.HTTP_1_1)) {
                HttpClient bareClient = DemoPki.newClient(null, version);
                HttpClient partnerClient = DemoPki.newClient("demo-partner", version);
                String partner = Keycloak.demoPartnerToken(); // tokens live 5 minutes, each version's runs fewer
                run(node, "warm-up /ping", bareClient, ping, null, WARM_UP_SECONDS / 2);
                run(node, "warm-up status read without the chain", bareClient, baseline, null, WARM_UP_SECONDS / 2);
                Measured warmUp = run(node, "warm-up chain", partnerClient, status, partner, WARM_UP_SECONDS);
                Measured bare = run(node, "bare /ping", bareClient, ping, null, SECONDS);
                Measured before = run(node, "status read without the chain", bareClient, baseline, null, SECONDS);
                Measured chain = run(node, "status query, whole chain", partnerClient, status, partner, SECONDS);
                Measured after = run(node, "status read without the chain", bareClient, baseline, null, SECONDS);
                double readRate = (before.perSecond() + after.perSecond()) / 2;
                double readCost = (before.steadyCostMicros() + after.steadyCostMicros()) / 2;
                report.append(version == HttpClient.Version.HTTP_2
                                ? "HTTP/2, the clients' requests multiplexed on one connection\n"
                                : "HTTP/1.1, one keep-alive connection per client\n")
                        .append("  ").append(warmUp).append("\n  ").append(bare).append("\n  ").append(before)
                        .append("\n  ").append(chain).append("\n  ").append(after)
                        .append(String.format("%n  throughput chain / same read without the chain: %.2f"
                                + " (chain / bare /ping: %.2f)%n", chain.perSecond() / readRate,
                                chain.perSecond() / bare.perSecond()))
                        .append(String.format("  processor time per request without JIT compilation: read without"
                                + " the chain %.0f µs, chain %.0f µs, ratio %.2f (bare /ping %.0f µs)%n", readCost,
                                chain.steadyCostMicros(), readCost / chain.steadyCostMicros(),
                                bare.steadyCostMicros()));
                errors += chain.result().errors() + before.result().errors() + after.result().errors();
            }
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("status-queries.txt"), report);
            System.out.println(report);
            assertEquals(0, errors, "every status query answered 200");
        }
    }

    /** A run, with the processor time it cost the node and the clients per request. */
    private static Measured run(ServerNode node, String what, HttpClient http, URI uri, String token, int seconds)
            throws Exception {
        Duration serverBefore = node.cpuTime();
        Duration clientBefore = ownCpuTime();
        Duration compilerBefore = node.compilerCpuTime();
        Duration databaseBefore = databaseServerCpuTime();
        System.out.println(Instant.now() + " start: " + what);
        LoadRun.Result result = LoadRun.closedLoop(what, http, uri, token, CLIENTS, seconds);
        System.out.println(Instant.now() + " end: " + what);
        long requests = Math.max(1, result.requests());
        double server = micros(node.cpuTime().minus(serverBefore), requests);
        double client = micros(ownCpuTime().minus(clientBefore), requests);
        double compiler = micros(node.compilerCpuTime().minus(compilerBefore), requests);
        double database = micros(databaseServerCpuTime().minus(databaseBefore), requests);
        return new Measured(result, server, client, compiler, database);
    }

    private static double micros(Duration spent, long requests) {
        return spent.toNanos() / 1e3 / requests;
    }

    private static Duration ownCpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow();
    }

    /**
     * The processor time of the PostgreSQL server on this machine (its processes run as {@code postgres}) when the
     * node uses it; zero on H2.
     */
    private static Duration databaseServerCpuTime() {
        if (!SharedPostgres.configured()) {
            return Duration.ZERO;
        }
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().user().filter("postgres"::equals).isPresent())
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private record Measured(LoadRun.Result result, double serverMicros, double clientMicros, double compilerMicros,
                            double databaseMicros) {
        double perSecond() {
            return result.perSecond();
        }

        /** Processor time per request on the node (JIT compilation left out), the clients and the database. */
        double steadyCostMicros() {
            return serverMicros - compilerMicros + clientMicros + databaseMicros;
        }

        @Override
        public String toString() {
            return String.format("%s; processor time per request: node %.0f µs (of which JIT compilation %.0f µs),"
                    + " clients %.0f µs%s", result, serverMicros, compilerMicros, clientMicros,
                    databaseMicros > 0 ? String.format(", PostgreSQL %.0f µs", databaseMicros) : "");
        }
    }
}
