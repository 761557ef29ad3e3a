package fr.imprimfip.recipient;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Dates as a French reader expects them, in Paris time: « jeudi 17 décembre 2026 à 23h59 ». */
@Named("dates")
@ApplicationScoped
public class FrenchDates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm",
            Locale.FRANCE);

    /**
     * The system's clock: the platform's own, which test servers move, lives in the EAR, out of this deployment's
     * reach; it only chooses between two wordings of the landing page, the platform deciding what a link may open.
     */
    private final Clock clock;

    public FrenchDates() {
        this(Clock.systemUTC());
    }

    FrenchDates(Clock clock) {
        this.clock = clock;
    }

    public String format(OffsetDateTime instant) {
        return instant == null ? "" : LONG.format(instant.atZoneSameInstant(PARIS));
    }

    /** True once {@code deadline} has passed. */
    public boolean passed(OffsetDateTime deadline) {
        return deadline != null && !deadline.toInstant().isAfter(clock.instant());
    }
}
