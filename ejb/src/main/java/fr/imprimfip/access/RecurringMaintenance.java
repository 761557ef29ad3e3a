package fr.imprimfip.access;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import fr.imprimfip.shared.BusinessCalendar;

/**
 * The nightly maintenance window of the terms of use (2 hours between 23:00 and 6:00, Paris time), written
 * {@code HH:mm-HH:mm} (it may cross midnight), or none.
 */
public final class RecurringMaintenance {

    /** At most this long: the terms of use promise the service 22 hours a day. */
    static final Duration MAX = Duration.ofHours(2);
    /** The night the terms of use allow it in: from 23:00 to 6:00. */
    static final LocalTime NIGHT_START = LocalTime.of(23, 0);
    static final Duration NIGHT = Duration.ofHours(7);

    private final LocalTime start;
    private final LocalTime end;

    private RecurringMaintenance(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    /** No recurring window. */
    public static RecurringMaintenance none() {
        return new RecurringMaintenance(null, null);
    }

    /** Parses {@code HH:mm-HH:mm}; blank or {@code none} means no recurring window. */
    public static RecurringMaintenance parse(String window) {
        if (window == null || window.isBlank() || window.strip().equalsIgnoreCase("none")) {
            return none();
        }
        String[] bounds = window.strip().split("-");
        try {
            if (bounds.length != 2) {
                throw new DateTimeParseException("two bounds expected", window, 0);
            }
            LocalTime start = LocalTime.parse(bounds[0].strip());
            LocalTime end = LocalTime.parse(bounds[1].strip());
            Duration length = Duration.between(start, end);
            if (length.isNegative()) {
                length = length.plusDays(1);
            }
            if (length.isZero() || length.compareTo(MAX) > 0) {
                throw new IllegalArgumentException("The recurring maintenance window lasts at most 2 hours: " + window);
            }
            Duration intoTheNight = Duration.between(NIGHT_START, start);
            if (intoTheNight.isNegative()) {
                intoTheNight = intoTheNight.plusDays(1);
            }
            if (intoTheNight.plus(length).compareTo(NIGHT) > 0) {
                throw new IllegalArgumentException("The recurring maintenance window falls between 23:00 and 6:00"
                        + " (Paris time): " + window);
            }
            return new RecurringMaintenance(start, end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The recurring maintenance window is HH:mm-HH:mm (Paris time): "
                    + window, e);
        }
    }

    /** When the window that {@code now} falls in ends, if it falls in one. */
    public Optional<Instant> endIfInside(Instant now) {
        if (start == null) {
            return Optional.empty();
        }
        ZonedDateTime here = now.atZone(BusinessCalendar.PARIS);
        LocalDate today = here.toLocalDate();
        for (LocalDate day : new LocalDate[] {today.minusDays(1), today}) {
            ZonedDateTime opens = day.atTime(start).atZone(BusinessCalendar.PARIS);
            LocalDate endDay = end.isAfter(start) ? day : day.plusDays(1);
            ZonedDateTime closes = endDay.atTime(end).atZone(BusinessCalendar.PARIS);
            if (!here.isBefore(opens) && here.isBefore(closes)) {
                return Optional.of(closes.toInstant());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return start == null ? "none" : start + "-" + end;
    }
}
