package fr.imprimfip.web.security;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.readiness.ReadinessCondition;
import fr.imprimfip.readiness.ReadinessConditions;

/**
 * The node is ready only while it can verify tokens: Keycloak's signing keys answer at
 * {@code mp.jwt.verify.publickey.location}, or were fetched recently enough that the token verifier still holds
 * them ({@code smallrye.jwt.jwks.refresh-interval} minutes). Keycloak is asked at most every 30 seconds, for 2
 * seconds at most, so that health checks never queue behind it.
 */
@ApplicationScoped
public class TokenKeysReadiness implements ReadinessCondition {

    static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Inject
    ReadinessConditions readiness;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> location;

    @Inject
    @ConfigProperty(name = "smallrye.jwt.jwks.refresh-interval", defaultValue = "60")
    long keptMinutes;

    Clock clock = Clock.systemUTC();
    private HttpClient http;
    private Instant checkedAt;
    private Instant fetchedAt;
    private String failure;

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        readiness.require(this);
    }

    void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        readiness.forget(name());
    }

    @Override
    public String name() {
        return "token-keys";
    }

    @Override
    public synchronized Optional<String> refusal() {
        Instant now = clock.instant();
        if (checkedAt == null || !now.isBefore(checkedAt.plus(CHECK_EVERY))) {
            checkedAt = now;
            failure = fetch();
            if (failure == null) {
                fetchedAt = now;
            }
        }
        if (failure == null || fetchedAt != null && now.isBefore(fetchedAt.plus(Duration.ofMinutes(keptMinutes)))) {
            return Optional.empty();
        }
        return Optional.of("Keycloak's signing keys do not answer (" + failure + ")"
                + (fetchedAt == null ? " and were never fetched" : " and were last fetched at " + fetchedAt));
    }

    /** Null when the keys answered, with at least one key; what went wrong otherwise. */
    private String fetch() {
        try {
            if (location.isEmpty()) {
                return "mp.jwt.verify.publickey.location is not set";
            }
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(location.get())).timeout(TIMEOUT)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return "HTTP " + answer.statusCode();
            }
            try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                JsonObject keys = reader.readObject();
                return keys.containsKey("keys") && !keys.getJsonArray("keys").isEmpty() ? null : "no key";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }
}
