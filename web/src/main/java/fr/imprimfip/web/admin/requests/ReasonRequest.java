package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"reason": "..."}}: why a partner's access changes (notice, suspension, resumption, isolation). */
public record ReasonRequest(@NotNull String reason) {

    public static final String SHAPE = "\\{\"reason\": \"...\"\\}";
}
