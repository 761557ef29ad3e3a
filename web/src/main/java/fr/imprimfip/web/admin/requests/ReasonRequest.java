package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"reason": "..."}}: why a partner's access changes (notice, suspension, resumption, isolation). */
public record ReasonRequest(@NotNull(message = "Le champ reason est obligatoire.") String reason) {

    public static final String SHAPE = "Le corps doit être \\{\"reason\": \"...\"\\}.";
}
