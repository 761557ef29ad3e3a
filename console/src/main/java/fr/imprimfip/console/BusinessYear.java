package fr.imprimfip.console;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import fr.imprimfip.shared.BusinessCalendar;

/** The current year in Paris, as the finance API reckons it when it checks a year to bill. */
public final class BusinessYear {

    private BusinessYear() {
    }

    public static int current() {
        return LocalDate.now(BusinessCalendar.PARIS).getYear();
    }

    /** The current year and the {@code count - 1} before it, the newest first: what the year selectors offer. */
    public static List<Integer> recent(int count) {
        int current = current();
        return IntStream.range(0, count).mapToObj(i -> current - i).toList();
    }
}
