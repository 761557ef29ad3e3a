package fr.imprimfip.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Business dates are French dates: instants are stored in UTC, and a billing year, a deadline or a retention date
 * is computed in Europe/Paris.
 */
public final class BusinessCalendar {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter V1_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private BusinessCalendar() {
    }

    /** First instant of the given year in Paris. */
    public static Instant startOfYear(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(PARIS).toInstant();
    }

    /** First instant after the given year in Paris (exclusive bound). */
    public static Instant endOfYear(int year) {
        return startOfYear(year + 1);
    }

    /** First instant of the given month in Paris. */
    public static Instant startOfMonth(int year, int month) {
        return LocalDate.of(year, month, 1).atStartOfDay(PARIS).toInstant();
    }

    /** The v1 contract's date format, {@code yyyy-MM-ddTHH:mm:sszzz}, in Paris time. */
    public static String v1Format(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, PARIS).format(V1_DATE);
    }
}
