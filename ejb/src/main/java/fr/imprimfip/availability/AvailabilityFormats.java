package fr.imprimfip.availability;

import java.math.BigDecimal;

/** Rates and durations of the availability report as French readers write them, one wording for the PDF and console. */
public final class AvailabilityFormats {

    private AvailabilityFormats() {
    }

    /** {@code 97.16} → {@code "97,16 %"}. */
    public static String percent(BigDecimal rate) {
        return rate.toPlainString().replace('.', ',') + " %";
    }

    /** {@code 3725} → {@code "1 h 02 min 05 s"}. */
    public static String duration(long seconds) {
        return String.format("%d h %02d min %02d s", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
