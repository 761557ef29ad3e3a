package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"note": "..."}}: the functional acceptance run in the sandbox. */
public record AcceptanceRequest(@NotNull(message = "Le champ note est obligatoire.") String note) {

    public static final String SHAPE = "Le corps doit être \\{\"note\": \"...\"\\}.";
}
