package fr.imprimfip.web.admin.requests;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {"validFrom": "2026-01-01", "validUntil": null, "deposit": true, "read": true, "dataPass": {"number":
 * "12345", "legalBasis": "...", "purpose": "...", "expectedLettersPerYear": 120000, "requestedCallsPerMinute":
 * 500}}}: the habilitation granted on DataPass for one environment. The days stay texts, refused by name when
 * malformed.
 */
public record HabilitationRequest(@NotNull String validFrom, String validUntil, @NotNull Boolean deposit,
                                  @NotNull Boolean read, @Valid DataPass dataPass) {

    public static final String SHAPE = "\\{\"validFrom\": \"2026-01-01\", \"validUntil\": null, \"deposit\": true,"
            + " \"read\": true, \"dataPass\": \\{\"number\": \"...\", \"legalBasis\": \"...\","
            + " \"purpose\": \"...\"\\}\\}";

    /** The DataPass request the habilitation was granted on. */
    public record DataPass(@NotNull String number, @NotNull String legalBasis, @NotNull String purpose,
                           Integer expectedLettersPerYear, Integer requestedCallsPerMinute) {
    }
}
