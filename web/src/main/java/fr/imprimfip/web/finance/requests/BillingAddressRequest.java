package fr.imprimfip.web.finance.requests;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {"lines": ["Mairie de Bordeaux", "Service financier", "Place Pey-Berland"], "postcode": "33000",
 * "city": "Bordeaux"}}: where a partner's statements are addressed (1 to 4 lines of 38 characters).
 */
public record BillingAddressRequest(@NotNull List<String> lines, @NotNull String postcode, @NotNull String city) {

    public static final String SHAPE = "\\{\"lines\": [\"Mairie\", \"Place Pey-Berland\"], \"postcode\": \"33000\","
            + " \"city\": \"Bordeaux\"\\}";
}
