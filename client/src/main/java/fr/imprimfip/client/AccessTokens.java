package fr.imprimfip.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The client's access tokens: obtained from the authorization server's token endpoint with the client credentials
 * grant, over the same mutual TLS connection setup as the API calls (the client authenticates with its certificate,
 * and the token is bound to it), kept until shortly before they expire, then obtained again. Thread-safe: concurrent
 * callers of an expired token wait for one single request.
 */
final class AccessTokens {

    /** A token is renewed this long before it expires, or at three quarters of its life when it is shorter. */
    static final Duration RENEWAL_MARGIN = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI endpoint;
    private final String clientId;
    private final Duration timeout;
    private final Clock clock;
    private final ObjectMapper json;
    private final ReentrantLock renewal = new ReentrantLock();
    private volatile Token current;

    private record Token(String value, Instant renewAt) {
    }

    AccessTokens(HttpClient http, URI endpoint, String clientId, Duration timeout, Clock clock, ObjectMapper json) {
        this.http = http;
        this.endpoint = endpoint;
        this.clientId = clientId;
        this.timeout = timeout;
        this.clock = clock;
        this.json = json;
    }

    /** A valid token, the kept one while it is not about to expire. */
    String token() {
        Token token = current;
        if (token != null && clock.instant().isBefore(token.renewAt())) {
            return token.value();
        }
        renewal.lock();
        try {
            token = current;
            if (token == null || !clock.instant().isBefore(token.renewAt())) {
                token = request();
                current = token;
            }
            return token.value();
        } finally {
            renewal.unlock();
        }
    }

    /** Forgets {@code refused}, which the API did not accept (revoked, or expired early): the next call gets another. */
    void refused(String refused) {
        renewal.lock();
        try {
            Token token = current;
            if (token != null && token.value().equals(refused)) {
                current = null;
            }
        } finally {
            renewal.unlock();
        }
    }

    private Token request() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Instant asked = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ImprimFipTransportException("The token endpoint " + endpoint + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImprimFipTransportException("Interrupted while asking for a token", e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() != 200 || answer == null || !answer.hasNonNull("access_token")) {
            // OAuth 2 errors (RFC 6749 §5.2): "error" and "error_description", never a token in them
            String error = answer == null ? null : answer.path("error").asText(null);
            String description = answer == null ? null : answer.path("error_description").asText(null);
            throw new ImprimFipException(response.statusCode(), error == null ? null : "urn:ietf:params:oauth:error:"
                    + error, "The authorization server refused the token request", description, endpoint.toString(),
                    null);
        }
        long lifetime = answer.path("expires_in").asLong(60);
        Duration margin = RENEWAL_MARGIN.compareTo(Duration.ofSeconds(lifetime / 4)) < 0 ? RENEWAL_MARGIN
                : Duration.ofSeconds(lifetime / 4);
        return new Token(answer.get("access_token").asText(), asked.plusSeconds(lifetime).minus(margin));
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
