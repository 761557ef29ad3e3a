package fr.imprimfip.billing;

import java.math.BigDecimal;

import fr.imprimfip.partner.Tariff;
import fr.imprimfip.partner.UnitPrice;

/** The priced count of one partner's plis for one year: a line per cost, each rounded to the cent (HALF_UP). */
public record StatementFigures(long partnerId, int year, long plis, UnitPrice postage, UnitPrice production) {

    public static StatementFigures price(long partnerId, int year, long plis, Tariff tariff) {
        return new StatementFigures(partnerId, year, plis, tariff.postage(), tariff.production());
    }

    public BigDecimal postageAmount() {
        return postage.lineAmount(plis);
    }

    public BigDecimal productionAmount() {
        return production.lineAmount(plis);
    }

    public BigDecimal total() {
        return postageAmount().add(productionAmount());
    }
}
