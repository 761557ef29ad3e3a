package fr.imprimfip.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** What some plis cost, in euros to the cent: postage and production, and what the figures rest on. */
public record Price(long plis, BigDecimal postage, BigDecimal production, PriceBasis basis) {

    public static final String CURRENCY = "EUR";

    public Price {
        if (plis < 0) {
            throw new IllegalArgumentException("A number of plis cannot be negative");
        }
        postage = postage.setScale(2, RoundingMode.UNNECESSARY);
        production = production.setScale(2, RoundingMode.UNNECESSARY);
        Objects.requireNonNull(basis);
    }

    /** The price of a statement line's plis. */
    static Price of(StatementLine line, PriceBasis basis) {
        return new Price(line.plis(), line.postageAmount(), line.productionAmount(), basis);
    }

    public BigDecimal total() {
        return postage.add(production);
    }
}
