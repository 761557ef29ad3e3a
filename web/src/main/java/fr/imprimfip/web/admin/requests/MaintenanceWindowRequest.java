package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {"startsAt": "...", "endsAt": "...", "reason": "..."}}. The instants stay texts here so that a malformed
 * one is refused by name ({@code startsAt doit être un instant ISO-8601.}).
 */
public record MaintenanceWindowRequest(
        @NotNull(message = "Le champ startsAt est obligatoire.") String startsAt,
        @NotNull(message = "Le champ endsAt est obligatoire.") String endsAt,
        @NotNull(message = "Le champ reason est obligatoire.") String reason) {

    public static final String SHAPE =
            "Le corps doit être \\{\"startsAt\": ..., \"endsAt\": ..., \"reason\": ...\\}.";
}
