package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/** {@code {"phase": "INVESTIGATION", "note": "..."}}: an incident enters a phase of its handling. */
public record IncidentPhaseRequest(@NotNull(message = "Le champ phase est obligatoire.") String phase,
                                   @NotNull(message = "Le champ note est obligatoire.") String note) {
}
