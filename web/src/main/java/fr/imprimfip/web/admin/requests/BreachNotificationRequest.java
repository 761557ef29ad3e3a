package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"notifiedAt": "..."}}: when the breach was notified to the supervisory authority. */
public record BreachNotificationRequest(@NotNull String notifiedAt) {

    public static final String SHAPE = "\\{\"notifiedAt\": \"2026-11-27T08:00:00Z\"\\}";
}
