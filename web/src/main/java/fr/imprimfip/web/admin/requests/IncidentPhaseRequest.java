package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"phase": "INVESTIGATION", "note": "..."}}: an incident enters a phase of its handling. */
public record IncidentPhaseRequest(@NotNull String phase, @NotNull String note) {

    public static final String SHAPE = "\\{\"phase\": \"...\", \"note\": \"...\"\\}";
}
