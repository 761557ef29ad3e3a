package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"notifiedAt": "..."}}: when the breach was notified to the supervisory authority. */
public record BreachNotificationRequest(
        @NotNull(message = "Le champ notifiedAt est obligatoire.") String notifiedAt) {
}
