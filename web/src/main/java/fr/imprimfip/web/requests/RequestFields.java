package fr.imprimfip.web.requests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import fr.imprimfip.shared.InvalidInputException;

/**
 * What a request record cannot say by itself: an enum value named with the list of its constants, a member that
 * must be present even as {@code null}, a date or an instant kept as text to be refused by name. Every wrong field
 * is refused with an {@link InvalidInputException} whose message, in French and in English, names it, answered as a
 * 400 in the door's format.
 */
public final class RequestFields {

    /**
     * On a component of a request record: the body must name the member, {@code null} included, because
     * {@code {"x": null}} says something {@code {}} does not.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Present {
    }

    private RequestFields() {
    }

    public static InvalidInputException invalid(String french, String english) {
        return new InvalidInputException(french, english);
    }

    /** "Le champ {@code field} est obligatoire." */
    public static InvalidInputException missing(String field) {
        return invalid("Le champ " + field + " est obligatoire.", "The " + field + " field is required.");
    }

    /** "Le paramètre {@code name} est obligatoire.", for a query parameter. */
    public static InvalidInputException missingParameter(String name) {
        return invalid("Le paramètre " + name + " est obligatoire.", "The " + name + " parameter is required.");
    }

    /** "Le corps doit être {@code shape}.", for a body absent or not the JSON object expected. */
    public static InvalidInputException shape(String shape) {
        return invalid("Le corps doit être " + shape + ".", "The body must be " + shape + ".");
    }

    /** {@code "A ou B ou C"} (or {@code "A or B or C"}, with {@code or} given): every constant of the enum. */
    public static <E extends Enum<E>> String oneOf(Class<E> type, String or) {
        return listed(or, type.getEnumConstants());
    }

    /** The constant named {@code value}, else a refusal: "Le champ {@code field} doit valoir A ou B ou C." */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        return enumValue(value, field, type.getEnumConstants());
    }

    /** The constant named {@code value} among those this request accepts, else a refusal listing them. */
    @SafeVarargs
    public static <E extends Enum<E>> E enumValue(String value, String field, E... accepted) {
        for (E constant : accepted) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw invalid("Le champ " + field + " doit valoir " + listed("ou", accepted) + ".",
                "The " + field + " field must be " + listed("or", accepted) + ".");
    }

    /** An ISO-8601 instant, {@code null} when absent; else refused by name. */
    public static Instant instant(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " est un instant ISO 8601, par exemple 2026-11-27T08:00:00Z.",
                    name + " is an ISO 8601 instant, for example 2026-11-27T08:00:00Z.");
        }
    }

    /** A day {@code AAAA-MM-JJ}, {@code null} when absent; else refused by name. */
    public static LocalDate date(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " est une date AAAA-MM-JJ.", name + " is a YYYY-MM-DD date.");
        }
    }

    @SafeVarargs
    private static <E extends Enum<E>> String listed(String or, E... accepted) {
        return Arrays.stream(accepted).map(Enum::name).collect(Collectors.joining(" " + or + " "));
    }
}
