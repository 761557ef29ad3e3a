package fr.imprimfip.console;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.imprimfip.shared.BusinessCalendar;

/** Amounts, counts and instants written as French readers expect them (Paris time). */
public final class FrenchFormats {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", FRENCH)
            .withZone(BusinessCalendar.PARIS);

    private FrenchFormats() {
    }

    public static String euros(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(FRENCH).format(amount);
    }

    public static String count(long count) {
        return NumberFormat.getIntegerInstance(FRENCH).format(count);
    }

    public static String instant(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant);
    }
}
