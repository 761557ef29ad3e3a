package fr.imprimfip.it;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The daily review of conventions run on demand. The platform reviews only days already come; a test that needs a
 * later day lives it first, by moving the server's clock there, and comes back afterwards.
 */
public final class ConventionReviews {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ConventionReviews() {
    }

    /** The review of {@code day} on the server of {@code clock}, as an administrator runs it. */
    public static ApiClient.Answer asOf(ApiClient api, ServerClock clock, LocalDate day) {
        try (ServerClock moved = clock.movedTo(day.atStartOfDay(PARIS).plusMinutes(1).toInstant())) {
            return api.postJson("/admin/convention-reviews", Keycloak.adminToken(), "{\"asOf\": \"" + day + "\"}");
        }
    }
}
