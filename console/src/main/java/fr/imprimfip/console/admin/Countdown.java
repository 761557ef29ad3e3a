package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The time left before a deadline, or past it, as the incidents' pages write it: {@code reste 47 h 05 min 09 s},
 * {@code dépassé de 2 h 00 min 03 s}. The page's script ({@code js/compte-a-rebours.js}) writes the same each
 * second from {@link #deadline()}; this is what a browser without script shows.
 */
public record Countdown(String deadline, String text, boolean overdue) implements Serializable {

    public static Countdown of(Instant deadline, Instant now) {
        Duration left = Duration.between(now, deadline);
        boolean overdue = left.isNegative() || left.isZero();
        return new Countdown(deadline.toString(), (overdue ? "dépassé de " : "reste ") + hours(left.abs()), overdue);
    }

    /** The DSFR badge colour: red once past. */
    public String css() {
        return overdue ? "fr-badge--error" : "fr-badge--warning";
    }

    static String hours(Duration duration) {
        long seconds = duration.getSeconds();
        return String.format("%d h %02d min %02d s", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
