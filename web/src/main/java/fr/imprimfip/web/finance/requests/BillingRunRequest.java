package fr.imprimfip.web.finance.requests;

import java.util.Properties;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import fr.imprimfip.batch.FaultInjection;

/**
 * {@code {"year": 2026}}: the year to bill. The test servers also take the batch's fault injections, as texts;
 * the job ignores them elsewhere.
 */
public record BillingRunRequest(
        @NotNull Integer year,
        @JsonbProperty(FaultInjection.FAIL_ON_ITEM) String failOnItem,
        @JsonbProperty(FaultInjection.ITEM_DELAY_MILLIS) String itemDelayMillis) {

    public static final String SHAPE = "\\{\"year\": 2026\\}";

    public Properties faults() {
        Properties faults = new Properties();
        if (failOnItem != null) {
            faults.setProperty(FaultInjection.FAIL_ON_ITEM, failOnItem);
        }
        if (itemDelayMillis != null) {
            faults.setProperty(FaultInjection.ITEM_DELAY_MILLIS, itemDelayMillis);
        }
        return faults;
    }
}
