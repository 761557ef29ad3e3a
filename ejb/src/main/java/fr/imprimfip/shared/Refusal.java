package fr.imprimfip.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * A request the platform refuses, for a reason its caller can act on. Every refusal is of one of a few kinds, and
 * the doors answer the kind: {@link ResourceNotFoundException} (404), {@link StateConflictException} (409),
 * {@link InvalidInputException} (400), {@link AccessRefusedException} (401/403, with the v1 contract's code of
 * the refusal) and {@link DependencyUnavailableException} (502/503). A refusal may name a problem more precise
 * than its kind's, one of the published problem types of the native API (which also gives its v1 code).
 */
public sealed interface Refusal permits RefusalException, InvalidInputException {

    /** What the caller reads. */
    RefusalText text();

    /** The name of the refusal's problem type ({@code urn:imprimfip:problem:<name>}) when not its kind's. */
    Optional<String> problem();

    default String message(Locale locale) {
        return text().in(locale);
    }

    /** What the audit trail records about the refusal; what the caller reads, unless it must not be told more. */
    default String auditReason() {
        return text().french();
    }
}
