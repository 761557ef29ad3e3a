package fr.imprimfip.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;


/**
 * Status queries through the whole chain (mutual TLS, bound token, every access check, application user, quota,
 * audit, the database)
 * against a bare endpoint of the same server ({@code /ping}), in the same run: throughput and latency percentiles.
 * Not part of the test suite; see docs/benchmarks.md.
 */
class StatusQueryBenchmarkIT {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

    @Test
    void statusQueriesAgainstABareEndpoint() throws Exception {
        try (ServerNode node = ServerNode.fresh("bench-status", 800, Map.of()).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            String ref = api.analysedLetter(partner, "suivi.pdf");
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
                LoadRun.Result bareBefore = run("bare /ping", bareClient, bare, null, SECONDS);
                LoadRun.Result chain = run("status query, whole chain", partnerClient, status, partner, SECONDS);
                LoadRun.Result bareAfter = run("bare /ping", bareClient, bare, null, SECONDS);
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

    private static LoadRun.Result run(String what, HttpClient http, URI uri, String token, int seconds)
            throws Exception {
        return LoadRun.closedLoop(what, http, uri, token, CLIENTS, seconds);
    }
}
