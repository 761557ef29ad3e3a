package fr.imprimfip.web.finance.requests;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {"postagePerPli": "1.3900", "productionPerPli": "0.1925", "bySendingType": {"LRAR": {"postagePerPli":
 * "5.3600", "productionPerPli": "0.2500"}}}}: a year's prices, in euros per pli, as texts or numbers; the prices of
 * a sending type replace the general ones for its letters.
 */
public record TariffRequest(@NotNull BigDecimal postagePerPli, @NotNull BigDecimal productionPerPli,
                            Map<String, @NotNull @Valid Prices> bySendingType) {

    public static final String SHAPE = "\\{\"postagePerPli\": \"1.3900\", \"productionPerPli\": \"0.1925\"\\}";

    /** The prices of one sending type. */
    public record Prices(@NotNull BigDecimal postagePerPli, @NotNull BigDecimal productionPerPli) {
    }

    public Map<String, Prices> lines() {
        return bySendingType == null ? Map.of() : bySendingType;
    }
}
