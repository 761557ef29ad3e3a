package fr.imprimfip.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import fr.imprimfip.client.model.DepositReceipt;

/**
 * The client against a stand-in of the platform and its token endpoint on loopback (plain HTTP: the TLS setup is the
 * JDK's, tested against the real server by the integration tests).
 */
class ImprimFipClientTest {

    private HttpServer server;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<Map<String, String>> depositHeaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseNextTokens = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!form.equals("grant_type=client_credentials&client_id=demo-partner")) {
                answer(exchange, 401, "application/json", "{\"error\":\"unauthorized_client\","
                        + "\"error_description\":\"Unknown client\"}");
                return;
            }
            pause(50);
            answer(exchange, 200, "application/json", "{\"access_token\":\"token-" + tokensIssued.incrementAndGet()
                    + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}");
        });
        server.createContext("/api/v2/deposits", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (refuseNextTokens.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer(exchange, 401, "application/problem+json", "{\"type\":\"urn:imprimfip:problem:invalid-credentials\","
                        + "\"title\":\"Invalid or expired access token\",\"status\":401}");
                return;
            }
            if (exchange.getRequestMethod().equals("POST")) {
                depositHeaders.add(Map.of("Authorization", authorization,
                        "Idempotency-Key", exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                        "Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"),
                        "query", String.valueOf(exchange.getRequestURI().getRawQuery())));
                exchange.getRequestBody().readAllBytes();
                answer(exchange, 201, "application/json", "{\"reference\":\"R-1\",\"filename\":\"a.pdf\","
                        + "\"sizeBytes\":3,\"receivedAt\":\"2026-03-02T09:00:01Z\",\"unknownMember\":true}");
                return;
            }
            answer(exchange, 404, "application/problem+json; charset=UTF-8", "{\"type\":\"urn:imprimfip:problem:not-found\","
                    + "\"title\":\"Resource not found\",\"status\":404,\"detail\":\"No deposit R-2.\","
                    + "\"instance\":\"/api/v2/deposits/R-2\"}");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ImprimFipClient client(String clientId) throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return ImprimFipClient.builder().baseUrl(base).tokenEndpoint(base + "/token").clientId(clientId)
                .sslContext(SSLContext.getDefault()).clock(new Clock() {
                    @Override
                    public ZoneId getZone() {
                        return ZoneId.of("UTC");
                    }

                    @Override
                    public Clock withZone(ZoneId zone) {
                        return this;
                    }

                    @Override
                    public Instant instant() {
                        return now.get();
                    }
                }).build();
    }

    @Test
    void aDepositCarriesATokenKeptUntilShortlyBeforeItExpiresAndANewIdempotencyKey() throws Exception {
        ImprimFipClient client = client("demo-partner");
        DepositReceipt receipt = client.deposit(new byte[] {1, 2, 3}, DepositRequest.of("a b.pdf")
                .label("dossier", "D-42"));
        client.deposit(new byte[] {1, 2, 3}, DepositRequest.of("a.pdf"), "my-own-key");

        assertEquals("R-1", receipt.getReference());
        assertEquals(Instant.parse("2026-03-02T09:00:01Z"), receipt.getReceivedAt());
        assertEquals(1, tokensIssued.get(), "the token is kept");
        assertEquals("Bearer token-1", depositHeaders.get(0).get("Authorization"));
        assertEquals("application/pdf", depositHeaders.get(0).get("Content-Type"));
        assertEquals("filename=a+b.pdf&paper=DUPLEX&sendingType=STD&metadata.dossier=D-42",
                depositHeaders.get(0).get("query"));
        assertEquals(36, depositHeaders.get(0).get("Idempotency-Key").length(), "a UUID");
        assertEquals("my-own-key", depositHeaders.get(1).get("Idempotency-Key"));

        now.set(now.get().plusSeconds(269));
        client.deposit(new byte[] {1}, DepositRequest.of("a.pdf"));
        assertEquals(1, tokensIssued.get(), "still valid for more than 30 s");
        now.set(now.get().plusSeconds(2));
        client.deposit(new byte[] {1}, DepositRequest.of("a.pdf"));
        assertEquals(2, tokensIssued.get(), "renewed 30 s before it expires");
        assertEquals("Bearer token-2", depositHeaders.get(3).get("Authorization"));
        assertNotEquals(depositHeaders.get(2).get("Idempotency-Key"), depositHeaders.get(3).get("Idempotency-Key"));
    }

    @Test
    void concurrentCallsShareOneTokenRequest() throws Exception {
        ImprimFipClient client = client("demo-partner");
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<DepositReceipt>> calls = callers.invokeAll(java.util.Collections.nCopies(8,
                    () -> client.deposit(new byte[] {1}, DepositRequest.of("a.pdf"))));
            for (Future<DepositReceipt> call : calls) {
                assertNotNull(call.get().getReference());
            }
        } finally {
            callers.shutdown();
        }
        assertEquals(1, tokensIssued.get());
    }

    @Test
    void aRefusedTokenIsReplacedOnceThenTheRefusalIsThrown() throws Exception {
        ImprimFipClient client = client("demo-partner");
        refuseNextTokens.set(1);
        assertEquals("R-1", client.deposit(new byte[] {1}, DepositRequest.of("a.pdf")).getReference());
        assertEquals(2, tokensIssued.get());

        refuseNextTokens.set(2);
        ImprimFipException refused = assertThrows(ImprimFipException.class,
                () -> client.deposit(new byte[] {1}, DepositRequest.of("a.pdf")));
        assertEquals(401, refused.status());
        assertEquals("invalid-credentials", refused.slug());
    }

    @Test
    void problemDetailsBecomeAnExceptionCarryingThem() throws Exception {
        ImprimFipException notFound = assertThrows(ImprimFipException.class, () -> client("demo-partner")
                .deposit("R-2"));
        assertEquals(404, notFound.status());
        assertEquals("urn:imprimfip:problem:not-found", notFound.type());
        assertEquals("not-found", notFound.slug());
        assertEquals("Resource not found", notFound.title());
        assertEquals("No deposit R-2.", notFound.detail());
        assertEquals("/api/v2/deposits/R-2", notFound.instance());
        assertTrue(notFound.getMessage().contains("No deposit R-2."));

        ImprimFipException token = assertThrows(ImprimFipException.class, () -> client("stranger").deposit("R-2"));
        assertEquals(401, token.status());
        assertEquals("urn:ietf:params:oauth:error:unauthorized_client", token.type());
        assertEquals("Unknown client", token.detail());
    }

    @Test
    void aMultipartDepositSendsItsOptionsAsJson() throws Exception {
        ImprimFipClient client = client("demo-partner");
        client.deposit(new byte[] {1}, DepositRequest.registered("lrar.pdf", Map.of("name", "A"), Map.of("name", "B")));
        assertTrue(depositHeaders.get(0).get("Content-Type").startsWith("multipart/form-data; boundary="));
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
