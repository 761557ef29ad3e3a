package fr.imprimfip.deposit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import fr.imprimfip.shared.InvalidInputException;

/**
 * What comes with a production or delivery event: when it happened, its message (a failed delivery's reason), the
 * reference of La Poste's deposit slip for a hand-over, and how long La Poste holds a letter its recipient was not
 * home for (after which it is "Négligé").
 */
public record DeliveryReport(Instant at, String message, String depositSlip, Duration holdingPeriod) {

    /** The longest deposit slip reference kept. */
    public static final int MAX_SLIP = 40;

    /** How long La Poste holds a registered letter at the post office after its first presentation. */
    public static final Duration DEFAULT_HOLDING = Duration.ofDays(15);

    public DeliveryReport {
        // kept to the microsecond, as the database keeps it: the same date sent again compares equal
        at = at.truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(holdingPeriod);
        if (message != null && message.isBlank()) {
            message = null;
        }
        if (depositSlip != null && !depositSlip.matches("[A-Za-z0-9][A-Za-z0-9 ./_-]{0," + (MAX_SLIP - 1) + "}")) {
            throw new InvalidInputException("depositSlip : de 1 à " + MAX_SLIP + " lettres, chiffres, espaces"
                    + " ou . / _ -, commençant par une lettre ou un chiffre.",
                    "depositSlip: 1 to " + MAX_SLIP + " letters, digits, spaces or . / _ -, starting with a letter"
                    + " or a digit.");
        }
    }

    /** A report with only its date and message, as the platform itself records (an incident, a simulation). */
    public static DeliveryReport at(Instant at, String message) {
        return new DeliveryReport(at, message, null, DEFAULT_HOLDING);
    }
}
