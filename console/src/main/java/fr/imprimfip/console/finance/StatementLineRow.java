package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import fr.imprimfip.billing.StatementLine;
import fr.imprimfip.console.FrenchFormats;

/** One line of a statement: a month and a sending type, its plis and amounts. */
public record StatementLineRow(String month, String sendingType, String plis, String postagePerPli,
                               String productionPerPli, String postage, String production, String total)
        implements Serializable {

    static StatementLineRow of(StatementLine line) {
        return new StatementLineRow(monthName(line.month()), line.sendingType().label(),
                FrenchFormats.count(line.plis()), UnitPrices.written(line.postagePerPli()),
                UnitPrices.written(line.productionPerPli()), FrenchFormats.euros(line.postageAmount()),
                FrenchFormats.euros(line.productionAmount()), FrenchFormats.euros(line.total()));
    }

    /** "janvier" for 1. */
    static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRANCE);
    }
}
