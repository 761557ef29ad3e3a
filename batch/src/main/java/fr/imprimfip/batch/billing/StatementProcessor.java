package fr.imprimfip.batch.billing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.batch.FaultInjection;
import fr.imprimfip.billing.BillingService;

/** Counts and prices a partner's plis of the billed year; a partner without a tariff that year is filtered out. */
@Dependent
@Named("statementProcessor")
public class StatementProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "year")
    String year;

    @Inject
    @BatchProperty(name = FaultInjection.FAIL_ON_ITEM)
    String failOnItem;

    @Inject
    @BatchProperty(name = FaultInjection.ITEM_DELAY_MILLIS)
    String itemDelayMillis;

    @Inject
    BillingService billing;

    @Override
    public Object processItem(Object partnerId) {
        FaultInjection.apply(partnerId, failOnItem, itemDelayMillis);
        return billing.figures((Long) partnerId, billedYear()).orElse(null);
    }

    private int billedYear() {
        try {
            int value = Integer.parseInt(year);
            if (value < 2000 || value > 2999) {
                throw new IllegalArgumentException("Billing year out of range: " + year);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The job parameter 'year' must be a year, was: " + year, e);
        }
    }
}
