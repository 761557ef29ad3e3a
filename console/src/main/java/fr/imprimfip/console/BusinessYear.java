package fr.imprimfip.console;

import java.time.LocalDate;

import fr.imprimfip.shared.BusinessCalendar;

/** The current year in Paris, as the finance API reckons it when it checks a year to bill. */
public final class BusinessYear {

    private BusinessYear() {
    }

    public static int current() {
        return LocalDate.now(BusinessCalendar.PARIS).getYear();
    }
}
