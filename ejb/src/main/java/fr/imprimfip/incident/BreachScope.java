package fr.imprimfip.incident;

import java.time.Instant;

import fr.imprimfip.shared.InvalidInputException;

/**
 * What a breach touched at one partner, as the platform's data tells it: the period concerned, and the files, letters
 * and distinct recipients (by the letters' business references) the partner deposited in that period.
 */
public record BreachScope(Instant from, Instant to, long files, long letters, long recipients) {

    public BreachScope {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("La période concernée commence avant de finir.",
                    "The period concerned starts before it ends.");
        }
        if (files < 0 || letters < 0 || recipients < 0 || recipients > letters) {
            throw new IllegalArgumentException("counts are positive, at most one recipient per letter");
        }
    }
}
