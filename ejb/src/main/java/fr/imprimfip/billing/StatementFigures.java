package fr.imprimfip.billing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import fr.imprimfip.partner.UnitPrice;

/**
 * The priced count of one partner's plis for one year: a line per month and sending type (only those with plis),
 * the totals being the sums of the lines' rounded amounts. The base prices of the year are kept for the record.
 */
public record StatementFigures(long partnerId, int year, List<StatementLine> lines, UnitPrice postage,
                               UnitPrice production) {

    public StatementFigures {
        lines = lines.stream().filter(line -> line.plis() > 0)
                .sorted(Comparator.comparingInt(StatementLine::month).thenComparing(StatementLine::sendingType))
                .toList();
    }

    public long plis() {
        return lines.stream().mapToLong(StatementLine::plis).sum();
    }

    public BigDecimal postageAmount() {
        return lines.stream().map(StatementLine::postageAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal productionAmount() {
        return lines.stream().map(StatementLine::productionAmount).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
    }

    public BigDecimal total() {
        return postageAmount().add(productionAmount());
    }
}
