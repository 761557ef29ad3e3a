package fr.imprimfip.access;

import java.time.Instant;
import java.util.Objects;

/**
 * What partners are told about an announced window (fired inside the transaction that decided it): its
 * announcement, its reminder the day before, or its cancellation. The e-mails and the {@code maintenance.notice}
 * webhook events are written from it.
 */
public record MaintenanceNotice(Stage stage, long windowId, MaintenanceKind kind, MaintenanceUrgency urgency,
                                Instant startsAt, Instant endsAt, String reason, Instant occurredAt) {

    /** Which notice of the window this is. */
    public enum Stage { ANNOUNCED, REMINDER, CANCELLED }

    public MaintenanceNotice {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(urgency);
        Objects.requireNonNull(startsAt);
        Objects.requireNonNull(endsAt);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(occurredAt);
    }

    static MaintenanceNotice of(Stage stage, MaintenanceWindow window, Instant now) {
        return new MaintenanceNotice(stage, window.id(), window.kind(), window.urgency(), window.startsAt(),
                window.endsAt(), window.reason(), now);
    }
}
