package fr.imprimfip.recipient;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Dates as a French reader expects them, in Paris time: « jeudi 17 décembre 2026 à 23h59 ». */
@Named("dates")
@ApplicationScoped
public class FrenchDates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm",
            Locale.FRANCE);

    /** The platform's clock, which the tests move: a deadline passes for the pages when it does for the platform. */
    @Inject
    Clock clock;

    public FrenchDates() {
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
