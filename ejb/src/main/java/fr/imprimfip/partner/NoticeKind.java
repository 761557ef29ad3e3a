package fr.imprimfip.partner;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/** What the daily review of conventions tells a partner about its security attestation, and from which day. */
public enum NoticeKind {
    RENEWAL_DUE_3_MONTHS(Period.ofMonths(3), "dans trois mois"),
    RENEWAL_DUE_1_MONTH(Period.ofMonths(1), "dans un mois"),
    RENEWAL_DUE_1_WEEK(Period.ofWeeks(1), "dans une semaine"),
    ATTESTATION_LAPSED(Period.ofDays(-1), null);

    private final Period beforeEnd;
    private final String when;

    NoticeKind(Period beforeEnd, String when) {
        this.beforeEnd = beforeEnd;
        this.when = when;
    }

    /**
     * The notice due on {@code day} for {@code attestation}: that it lapsed, or else the latest reminder whose day
     * has come (an earlier one due too is moot by then); none before the first reminder.
     */
    public static Optional<NoticeKind> dueOn(SecurityAttestation attestation, LocalDate day) {
        LocalDate validUntil = attestation.validUntil();
        return Arrays.stream(values())
                .filter(kind -> !day.isBefore(kind.dueFrom(validUntil)))
                .filter(kind -> kind.reminder() == attestation.covers(day))
                .reduce((earlier, later) -> later);
    }

    /** The first day this notice is due for an attestation ending on {@code validUntil}. */
    public LocalDate dueFrom(LocalDate validUntil) {
        return validUntil.minus(beforeEnd);
    }

    public boolean reminder() {
        return this != ATTESTATION_LAPSED;
    }

    String message(LocalDate validUntil) {
        return reminder()
                ? "L'attestation de sécurité prend fin le " + validUntil + " (" + when + ") : son renouvellement est dû."
                : "L'attestation de sécurité a pris fin le " + validUntil + " : l'accès de production est suspendu"
                        + " jusqu'à la réception d'une nouvelle.";
    }
}
