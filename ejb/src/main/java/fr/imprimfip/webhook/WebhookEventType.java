package fr.imprimfip.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event a subscription may receive, with their name on the wire. */
public enum WebhookEventType {
    FILE_ANALYSED("file.analysed"),
    DOCUMENT_STATUS_CHANGED("document.status_changed"),
    PROOF_AVAILABLE("proof.available"),
    STATEMENT_ISSUED("statement.issued"),
    CONVENTION_NOTICE("convention.notice"),
    /** Sent to one subscription on request, to test the endpoint; never subscribed to. */
    PING("webhook.ping"),
    /** A maintenance window or a change of the service announced, recalled the day before, or cancelled. */
    MAINTENANCE_NOTICE("maintenance.notice");

    private final String wire;

    WebhookEventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<WebhookEventType> ofWire(String name) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(name)).findFirst();
    }
}
