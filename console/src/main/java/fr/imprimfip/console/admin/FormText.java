package fr.imprimfip.console.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.imprimfip.console.FormRefusal;

/**
 * What an administrator typed, read as the services take it: a blank field is no value, a text area one value a
 * line, a date field {@code AAAA-MM-JJ} (as a browser's date picker sends it), a number digits only. A field that
 * cannot be read is refused in French, like the service's own refusals.
 */
final class FormText {

    private FormText() {
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One value a line, blank lines left out. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String joined(List<String> values) {
        return String.join("\n", values);
    }

    static LocalDate date(String text, String field) {
        String value = optional(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw FormRefusal.of(field + " : « " + value + " » n'est pas une date (AAAA-MM-JJ).");
        }
    }

    static Integer integer(String text, String field) {
        String value = optional(text);
        if (value == null) {
            return null;
        }
        String digits = value.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (!digits.matches("[0-9]{1,9}")) {
            throw FormRefusal.of(field + " : « " + value + " » n'est pas un nombre entier.");
        }
        return Integer.valueOf(digits);
    }
}
