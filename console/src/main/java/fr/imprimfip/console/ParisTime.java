package fr.imprimfip.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import fr.imprimfip.shared.BusinessCalendar;

/**
 * Instants as a staff member types them in a form: a day and a time of Paris ({@code <input type="datetime-local">}
 * sends {@code 2026-11-27T09:30}), or a day ({@code <input type="date">}).
 */
public final class ParisTime {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ParisTime() {
    }

    /** The instant of a day and time of Paris; {@code null} when left blank. */
    public static Instant parse(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(BusinessCalendar.PARIS).toInstant();
        } catch (DateTimeParseException e) {
            throw FormRefusal.of(field + " : une date et une heure, par exemple 2026-11-27T09:30.");
        }
    }

    /** The start of a day of Paris; {@code null} when left blank. */
    public static Instant startOfDay(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip()).atStartOfDay(BusinessCalendar.PARIS).toInstant();
        } catch (DateTimeParseException e) {
            throw FormRefusal.of(field + " : une date, par exemple 2026-11-27.");
        }
    }

    /** {@code instant} as a datetime-local field shows it, to the minute. */
    public static String field(Instant instant) {
        return FIELD.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), BusinessCalendar.PARIS));
    }
}
