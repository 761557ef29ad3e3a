package fr.imprimfip.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one audited action was: when, who (kind and name), the certificate and address it came from, its
 * correlation id, the operation and its target, the outcome with its HTTP status and reason, and how long it took.
 * Text fields are cut to their column's size and stripped of control characters, so a caller cannot forge lines.
 */
public record AuditRecord(Instant occurredAt, ActorKind actorKind, String actor, String certificateSha256, String ip,
                          String correlationId, String operation, String target, Outcome outcome, Integer httpStatus,
                          String reason, Long durationMs) {

    /** Who acted. */
    public enum ActorKind { PARTNER, PRINT_CENTRE, STAFF, SYSTEM, ANONYMOUS }

    /** How it ended. */
    public enum Outcome { SUCCESS, REFUSED, FAILED }

    public AuditRecord {
        // the databases keep microseconds: the hash must cover the instant as it will be read back
        occurredAt = Objects.requireNonNull(occurredAt).truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actorKind);
        Objects.requireNonNull(outcome);
        actor = clean(actor == null ? "-" : actor, 200);
        certificateSha256 = clean(certificateSha256, 64);
        ip = clean(ip, 45);
        correlationId = clean(correlationId, 64);
        operation = clean(Objects.requireNonNull(operation), 200);
        target = clean(target, 255);
        reason = clean(reason, 500);
    }

    /** The outcome an HTTP status means. */
    public static Outcome outcomeOf(int status) {
        return status < 400 ? Outcome.SUCCESS : status < 500 || status == 503 ? Outcome.REFUSED : Outcome.FAILED;
    }

    private static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        String printable = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= max ? printable : printable.substring(0, max);
    }
}
