package fr.imprimfip.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The audit trail read as an investigator reads it, through the administrators' export: finds the event of one
 * call by its correlation id, waiting for the trail's next batches.
 */
public final class AuditProbe {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private AuditProbe() {
    }

    /** Asserts that the call of {@code answer} is in the trail as refused with its status, for {@code reason}. */
    public static JsonObject assertRefusalAudited(ApiClient api, ApiClient.Answer answer, String reason) {
        assertNotNull(answer.correlationId(), "the call carries a correlation id");
        return assertRefusalAudited(api, answer.correlationId(), answer.status(), reason);
    }

    /** Asserts that the call made with {@code correlationId} is in the trail as refused with {@code status}. */
    public static JsonObject assertRefusalAudited(ApiClient api, String correlationId, int status, String reason) {
        JsonObject event = eventOf(api, correlationId);
        assertEquals("REFUSED", event.getString("outcome"), event.toString());
        assertEquals(status, event.getInt("status"), event.toString());
        assertTrue(event.getString("reason", "").contains(reason), "reason « " + reason + " » in " + event);
        return event;
    }

    public static JsonObject eventOf(ApiClient api, String correlationId) {
        return eventMatching(api, correlationId, event -> correlationId.equals(event.getString("correlationId", null)),
                "for the call " + correlationId);
    }

    /** The audit event of {@code operation} on {@code target} (a deposit's reference, say), awaited. */
    public static JsonObject eventOn(ApiClient api, String operation, String target) {
        return eventMatching(api, target, event -> operation.equals(event.getString("operation"))
                && target.equals(event.getString("target", null)), operation + " on " + target);
    }

    private static JsonObject eventMatching(ApiClient api, String mention, Predicate<JsonObject> wanted,
                                            String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String admin = Keycloak.adminToken();
        while (true) {
            String trail = api.getAs("/admin/audit/events?from=" + Instant.now().minusSeconds(600) + "&to="
                    + Instant.now().plusSeconds(5), admin).body();
            Optional<JsonObject> event = trail.lines().filter(line -> line.contains(mention))
                    .map(line -> Json.createReader(new StringReader(line)).readObject())
                    .filter(wanted).findFirst();
            if (event.isPresent()) {
                return event.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no audit event " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
