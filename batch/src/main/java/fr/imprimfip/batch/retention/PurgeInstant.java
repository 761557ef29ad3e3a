package fr.imprimfip.batch.retention;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The reference instant of a purge run, fixed when the run is started (job parameter {@code asOf}). */
final class PurgeInstant {

    private PurgeInstant() {
    }

    static Instant parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            throw new IllegalArgumentException("The job parameter 'asOf' is required");
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The job parameter 'asOf' must be an ISO-8601 instant: " + asOf, e);
        }
    }
}
