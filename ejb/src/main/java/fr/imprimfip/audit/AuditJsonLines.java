package fr.imprimfip.audit;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** An audit event as one line of the trail's JSON Lines export, read by investigators and their tools. */
public final class AuditJsonLines {

    private AuditJsonLines() {
    }

    public static String line(AuditEvent event) {
        AuditRecord r = event.record();
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("id", event.id())
                .add("chain", event.chainId())
                .add("seq", event.chainSeq())
                .add("at", r.occurredAt().toString())
                .add("actorKind", r.actorKind().name())
                .add("actor", r.actor())
                .add("operation", r.operation())
                .add("outcome", r.outcome().name());
        optional(line, "certificateSha256", r.certificateSha256());
        optional(line, "ip", r.ip());
        optional(line, "correlationId", r.correlationId());
        optional(line, "target", r.target());
        optional(line, "reason", r.reason());
        if (r.httpStatus() != null) {
            line.add("status", r.httpStatus());
        }
        if (r.durationMs() != null) {
            line.add("durationMs", r.durationMs());
        }
        return line.add("previousHash", event.previousHash()).add("hash", event.hash()).build().toString();
    }

    private static void optional(JsonObjectBuilder line, String name, String value) {
        if (value != null) {
            line.add(name, value);
        }
    }
}
