package fr.imprimfip.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import jakarta.json.JsonObject;

/**
 * The retention purge run as an administrator runs it: a dry run, its counts read, then the real run naming it. A
 * purge as of an instant still to come is what the platform refuses; the tests that need one live at that instant
 * first, by moving the server's clock there, and come back afterwards.
 */
public final class Purges {

    private Purges() {
    }

    /** Purges, on the server of {@code clock}, what has expired at {@code asOf}; answers the real run. */
    public static JsonObject asOf(ApiClient api, ServerClock clock, Instant asOf) throws InterruptedException {
        return run(api, clock, asOf).real();
    }

    /** The same, answering both runs. */
    public static Runs run(ApiClient api, ServerClock clock, Instant asOf) throws InterruptedException {
        try (ServerClock moved = clock.movedTo(asOf)) {
            JsonObject dry = dryRun(api, asOf);
            return new Runs(dry, following(api, dry, asOf));
        }
    }

    /** A dry run as of {@code asOf}, any instant, completed. */
    public static JsonObject dryRun(ApiClient api, Instant asOf) throws InterruptedException {
        String admin = Keycloak.adminToken();
        return await(api, admin, api.postJson("/admin/retention-runs", admin,
                "{\"asOf\": \"" + asOf + "\", \"dryRun\": true}"));
    }

    /** The real run following the completed dry run {@code dry}, as of {@code asOf} (come by the server's clock). */
    public static JsonObject following(ApiClient api, JsonObject dry, Instant asOf) throws InterruptedException {
        String admin = Keycloak.adminToken();
        return await(api, admin, api.postJson("/admin/retention-runs", admin, "{\"asOf\": \"" + asOf
                + "\", \"followsDryRun\": " + dry.getJsonNumber("executionId") + "}"));
    }

    /** A dry run and the real run that followed it. */
    public record Runs(JsonObject dry, JsonObject real) {
    }

    private static JsonObject await(ApiClient api, String admin, ApiClient.Answer started)
            throws InterruptedException {
        assertEquals(202, started.status(), started.body());
        return api.awaitJob("/admin/retention-runs", started.json().getJsonNumber("executionId").longValue(), admin);
    }
}
