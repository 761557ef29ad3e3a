package fr.imprimfip.billing;

import java.time.ZonedDateTime;
import java.time.Instant;

import fr.imprimfip.partner.Tariff;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.SendingType;

/**
 * The prices of one partner's plis of one year, computed as its statement computes them (a statement line of those
 * plis): from the year's tariff until the statement is issued, from the issued statement's line of the month and
 * sending type afterwards. Plis the issued statement does not count (none of that month and type in it) stay
 * estimated: they are on no statement.
 */
public final class YearPrices {

    private final Tariff tariff;
    private final Statement issued;

    YearPrices(Tariff tariff, Statement issued) {
        this.tariff = tariff;
        this.issued = issued != null && issued.issued() ? issued : null;
    }

    /** What {@code plis} plis of {@code type} received at {@code receivedAt} cost. */
    public Price of(Instant receivedAt, SendingType type, long plis) {
        ZonedDateTime received = receivedAt.atZone(BusinessCalendar.PARIS);
        if (received.getYear() != tariff.year()) {
            throw new IllegalArgumentException("A pli of " + received.getYear() + " is not priced with the "
                    + tariff.year() + " tariff");
        }
        int month = received.getMonthValue();
        if (issued != null) {
            for (StatementLine line : issued.lines()) {
                if (line.counts(month, type)) {
                    return Price.of(line.withPlis(plis), PriceBasis.BILLED);
                }
            }
        }
        return Price.of(StatementLine.priced(month, type, plis, tariff), PriceBasis.ESTIMATED);
    }
}
