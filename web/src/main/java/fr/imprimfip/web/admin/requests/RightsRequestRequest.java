package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {"partner": "client-id", "partnerReference": "DPO-2026-017", "right": "ERASURE"}}: a partner's written
 * request about a person's right, recorded under the partner's reference.
 */
public record RightsRequestRequest(@NotNull String partner, @NotNull String partnerReference, @NotNull String right) {

    public static final String SHAPE = "\\{\"partner\": \"...\", \"partnerReference\": \"...\", \"right\":"
            + " \"ACCESS\"\\}";
}
