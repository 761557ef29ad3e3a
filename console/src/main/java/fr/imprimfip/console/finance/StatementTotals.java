package fr.imprimfip.console.finance;

import java.math.BigDecimal;
import java.util.List;

import fr.imprimfip.console.FrenchFormats;

/** The sums of the statements shown: how many, their plis and amounts. */
public record StatementTotals(int statements, long plisCount, BigDecimal postageAmount, BigDecimal productionAmount,
                              BigDecimal totalAmount) {

    static StatementTotals of(List<StatementRow> rows) {
        return new StatementTotals(rows.size(), rows.stream().mapToLong(StatementRow::plisCount).sum(),
                sum(rows.stream().map(StatementRow::postageAmount).toList()),
                sum(rows.stream().map(StatementRow::productionAmount).toList()),
                sum(rows.stream().map(StatementRow::totalAmount).toList()));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String plis() {
        return FrenchFormats.count(plisCount);
    }

    public String postage() {
        return FrenchFormats.euros(postageAmount);
    }

    public String production() {
        return FrenchFormats.euros(productionAmount);
    }

    public String total() {
        return FrenchFormats.euros(totalAmount);
    }
}
