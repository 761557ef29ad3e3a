package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"note": "..."}}: the functional acceptance run in the sandbox. */
public record AcceptanceRequest(@NotNull String note) {

    public static final String SHAPE = "\\{\"note\": \"...\"\\}";
}
