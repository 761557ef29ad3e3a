package fr.imprimfip.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class TokenKeysReadinessTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");
    private static final String KEYS = "{\"keys\":[{\"kid\":\"k1\",\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}";

    private HttpServer keycloak;
    private final AtomicInteger asked = new AtomicInteger();
    private volatile int status = 200;
    private volatile String body = KEYS;
    private final TokenKeysReadiness readiness = new TokenKeysReadiness();

    @BeforeEach
    void start() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        keycloak.createContext("/realms/imprimfip/protocol/openid-connect/certs", exchange -> {
            asked.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        keycloak.start();
        readiness.location = Optional.of("http://127.0.0.1:" + keycloak.getAddress().getPort()
                + "/realms/imprimfip/protocol/openid-connect/certs");
        readiness.keptMinutes = 60;
        readiness.connect();
        at(START);
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    @Test
    void readyWhileTheKeysAnswerAndKeycloakIsAskedAtMostEveryThirtySeconds() {
        assertEquals(Optional.empty(), readiness.refusal());
        at(START.plusSeconds(29));
        assertEquals(Optional.empty(), readiness.refusal());
        assertEquals(1, asked.get(), "the answer of 29 s ago stands");
        at(START.plus(TokenKeysReadiness.CHECK_EVERY));
        readiness.refusal();
        assertEquals(2, asked.get());
    }

    @Test
    void keysFetchedWithinTheVerifiersRefreshIntervalStillServeWhileKeycloakFails() {
        assertEquals(Optional.empty(), readiness.refusal());
        status = 503;
        at(START.plus(Duration.ofMinutes(59)));
        assertEquals(Optional.empty(), readiness.refusal(), "the verifier still holds keys fetched 59 min ago");
        at(START.plus(Duration.ofMinutes(60)));
        String refusal = readiness.refusal().orElseThrow();
        assertTrue(refusal.contains("HTTP 503") && refusal.contains("last fetched at " + START), refusal);
        status = 200;
        at(START.plus(Duration.ofMinutes(61)));
        assertEquals(Optional.empty(), readiness.refusal(), "ready again once the keys answer");
    }

    @Test
    void aNodeThatNeverFetchedTheKeysIsNotReady() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            readiness.location = Optional.of("http://127.0.0.1:" + free.getLocalPort() + "/certs");
        }
        String refusal = readiness.refusal().orElseThrow();
        assertTrue(refusal.startsWith("Keycloak's signing keys do not answer (") && refusal.endsWith("never fetched"),
                refusal);
    }

    @Test
    void anAnswerWithoutAnyKeyIsNoKey() {
        body = "{\"keys\":[]}";
        assertEquals(Optional.of("Keycloak's signing keys do not answer (no key) and were never fetched"),
                readiness.refusal());
        body = "<html>maintenance</html>";
        at(START.plusSeconds(30));
        assertTrue(readiness.refusal().orElseThrow().contains("(JsonParsingException)"));
    }

    private void at(Instant instant) {
        readiness.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }
}
