package fr.imprimfip.partner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A price per pli in euros, with the four decimals of the financial agreement. Multiplying it by a number of plis
 * gives a line amount rounded to the cent, half up.
 */
public record UnitPrice(BigDecimal euros) {

    public static final int SCALE = 4;

    public UnitPrice {
        Objects.requireNonNull(euros, "price");
        if (euros.signum() < 0) {
            throw new InvalidInputException("Un prix unitaire n'est pas négatif.", "A unit price cannot be negative.");
        }
        if (euros.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidInputException("Un prix unitaire a " + SCALE + " décimales au plus : " + euros + ".",
                    "A unit price has at most " + SCALE + " decimals: " + euros + ".");
        }
        euros = euros.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static UnitPrice of(String euros) {
        try {
            return new UnitPrice(new BigDecimal(euros));
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException("Un prix s'écrit en euros, par exemple 1.3900 : « " + euros + " » n'en est pas un.",
                    "A price is written in euros, such as 1.3900: \"" + euros + "\" is not one.");
        }
    }

    /** The amount of a line of {@code plis} plis at this price, rounded to the cent (HALF_UP). */
    public BigDecimal lineAmount(long plis) {
        if (plis < 0) {
            throw new IllegalArgumentException("A number of plis cannot be negative");
        }
        return euros.multiply(BigDecimal.valueOf(plis)).setScale(2, RoundingMode.HALF_UP);
    }
}
