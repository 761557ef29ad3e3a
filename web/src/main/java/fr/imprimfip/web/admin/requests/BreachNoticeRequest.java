package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {"partner": "client-id", "nature": "...", "periodFrom": "...", "periodTo": "...", "peopleCategories": "...",
 * "recordCategories": "...", "consequences": "...", "measures": "...", "finalStage": false}}: the next stage of the
 * notice of a breach to one partner concerned; categories default to what the platform holds, consequences and
 * measures may come in a later stage.
 */
public record BreachNoticeRequest(@NotNull String partner, @NotNull String nature, @NotNull String periodFrom,
                                  @NotNull String periodTo, String peopleCategories, String recordCategories,
                                  String consequences, String measures, Boolean finalStage) {

    public static final String SHAPE = "\\{\"partner\": \"...\", \"nature\": \"...\", \"periodFrom\": \"...\","
            + " \"periodTo\": \"...\", \"consequences\": \"...\", \"measures\": \"...\", \"finalStage\": false\\}";
}
