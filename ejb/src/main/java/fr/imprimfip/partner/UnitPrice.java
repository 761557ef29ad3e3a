package fr.imprimfip.partner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A price per pli in euros, with the four decimals of the financial agreement. Multiplying it by a number of plis
 * gives a line amount rounded to the cent, half up.
 */
public record UnitPrice(BigDecimal euros) {

    public static final int SCALE = 4;

    public UnitPrice {
        Objects.requireNonNull(euros, "price");
        if (euros.signum() < 0) {
            throw new IllegalArgumentException("A unit price cannot be negative");
        }
        if (euros.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("A unit price has at most " + SCALE + " decimals: " + euros);
        }
        euros = euros.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static UnitPrice of(String euros) {
        return new UnitPrice(new BigDecimal(euros));
    }

    /** The amount of a line of {@code plis} plis at this price, rounded to the cent (HALF_UP). */
    public BigDecimal lineAmount(long plis) {
        if (plis < 0) {
            throw new IllegalArgumentException("A number of plis cannot be negative");
        }
        return euros.multiply(BigDecimal.valueOf(plis)).setScale(2, RoundingMode.HALF_UP);
    }
}
