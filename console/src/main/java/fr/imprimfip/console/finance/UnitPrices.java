package fr.imprimfip.console.finance;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import fr.imprimfip.console.FormRefusal;
import fr.imprimfip.partner.UnitPrice;

/** Prices per pli as finance staff write and read them: four decimals, a comma or a point. */
final class UnitPrices {

    private UnitPrices() {
    }

    /** "1,39 €" written "1,3900 €". */
    static String written(BigDecimal euros) {
        if (euros == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.0000", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return format.format(euros) + " €";
    }

    /** The price typed in {@code field}, "1,39" or "1.3900"; the platform's own refusal when it is not one. */
    static UnitPrice typed(String text, String field) {
        if (text == null || text.isBlank()) {
            throw FormRefusal.of(field + " : un prix par pli est obligatoire (par exemple 1,3900).");
        }
        return UnitPrice.of(text.strip().replace(',', '.').replace("€", "").strip());
    }

    /** The price as the form shows it again: "1,3900". */
    static String editable(BigDecimal euros) {
        return euros == null ? "" : euros.toPlainString().replace('.', ',');
    }
}
