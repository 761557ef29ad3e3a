package fr.imprimfip.web.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import fr.imprimfip.shared.InvalidInputException;

/**
 * What a request record cannot say by itself: an enum value named with the list of its constants, a field present
 * but {@code null} rather than absent, a JSON body whose members change with the request. Every wrong field is
 * refused with an {@link InvalidInputException} whose message names it, answered as a 400 in the door's format.
 */
public final class RequestFields {

    private RequestFields() {
    }

    public static InvalidInputException invalid(String detail) {
        return new InvalidInputException(detail);
    }

    /** {@code "A, B ou C"}: the constants given, or every constant of the enum. */
    @SafeVarargs
    public static <E extends Enum<E>> String oneOf(E... accepted) {
        List<String> names = Arrays.stream(accepted).map(Enum::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " ou " + names.get(names.size() - 1);
    }

    public static <E extends Enum<E>> String oneOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }

    /** The constant named {@code value}, else a refusal: "{@code field} vaut A, B ou C." */
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
        throw invalid(field + " vaut " + oneOf(accepted) + ".");
    }

    public static JsonObject required(JsonObject body, String shape) {
        if (body == null) {
            throw invalid("Le corps doit être " + shape + ".");
        }
        return body;
    }

    /** Whether the member is in the body, {@code null} included: {@code {"x": null}} is not {@code {}}. */
    public static boolean present(JsonObject body, String name) {
        return body != null && body.containsKey(name);
    }

    public static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    public static String text(JsonObject body, String name, boolean required) {
        JsonValue value = body.get(name);
        if (isNull(value)) {
            if (required) {
                throw invalid("Le champ " + name + " est obligatoire.");
            }
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw invalid("Le champ " + name + " est un texte.");
        }
        return text.getString();
    }

    public static Integer integer(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (isNull(value)) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw invalid("Le champ " + name + " est un entier.");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw invalid("Le champ " + name + " est trop grand.");
        }
    }

    public static boolean bool(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value != null && (value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.FALSE)) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw invalid("Le champ " + name + " vaut true ou false.");
    }

    public static LocalDate date(JsonObject body, String name, boolean required) {
        String text = text(body, name, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(name + " est une date AAAA-MM-JJ.");
        }
    }

    /** An ISO-8601 instant, {@code null} when absent; else refused with {@code name + refusal}. */
    public static Instant instant(String value, String name, String refusal) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + refusal);
        }
    }

    public static List<String> texts(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (isNull(value)) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            throw invalid("Le champ " + name + " est une liste de textes.");
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    public static JsonObject object(JsonObject body, String name, boolean required) {
        JsonValue value = body.get(name);
        if (isNull(value)) {
            if (required) {
                throw invalid("Le champ " + name + " est obligatoire.");
            }
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw invalid("Le champ " + name + " est un objet.");
        }
        return object;
    }
}
