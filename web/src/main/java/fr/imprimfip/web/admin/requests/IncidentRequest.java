package fr.imprimfip.web.admin.requests;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {"summary": "...", "detectedAt": "2026-11-27T08:00:00Z", "personalDataBreach": true, "partners":
 * ["client-id"], "isolate": true}}: a security incident opened, the partners concerned isolated if asked.
 */
public record IncidentRequest(@NotNull String summary, @NotNull String detectedAt, @NotNull Boolean personalDataBreach,
                              @NotNull List<@NotNull String> partners, @NotNull Boolean isolate) {

    public static final String SHAPE = "\\{\"summary\": \"...\", \"detectedAt\": \"...\", \"personalDataBreach\":"
            + " true, \"partners\": [\"...\"], \"isolate\": true\\}";
}
