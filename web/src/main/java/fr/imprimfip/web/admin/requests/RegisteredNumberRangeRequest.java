package fr.imprimfip.web.admin.requests;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {"printCentre": "CE-PRINCIPAL", "serviceIndicator": "RR", "firstSerial": 10000000, "lastSerial": 10099999,
 * "country": "FR"}}: a range of registered numbers La Poste granted a print centre, serials without their check
 * digit. The country is FR unless named.
 */
public record RegisteredNumberRangeRequest(@NotNull String printCentre, @NotNull String serviceIndicator,
                                           @NotNull Integer firstSerial, @NotNull Integer lastSerial,
                                           String country) {

    public static final String SHAPE = "\\{\"printCentre\": \"CE-PRINCIPAL\", \"serviceIndicator\": \"RR\","
            + " \"firstSerial\": 10000000, \"lastSerial\": 10099999, \"country\": \"FR\"\\}";

    public String countryOrFrance() {
        return country == null ? "FR" : country;
    }
}
