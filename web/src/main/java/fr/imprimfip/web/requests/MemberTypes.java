package fr.imprimfip.web.requests;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Checks that each member of a body has the JSON type of its record component before JSON-B binds it: JSON-B reads
 * {@code 2.5} as the integer 2, {@code "yes"} as {@code false} and a number too large for an {@code int} as another
 * number, where the request must be refused with the member's name. Absent and {@code null} members are left to
 * the record's constraints, but for those marked {@link RequestFields.Present}.
 */
final class MemberTypes {

    private MemberTypes() {
    }

    static void check(Class<?> record, JsonObject body, String prefix) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
            String member = renamed == null ? component.getName() : renamed.value();
            JsonValue value = body.get(member);
            if (value == null && component.isAnnotationPresent(RequestFields.Present.class)) {
                throw RequestFields.missing(prefix + member);
            }
            check(component.getGenericType(), value, prefix + member);
        }
    }

    private static void check(Type type, JsonValue value, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType()
                : type instanceof Class<?> plain ? plain : Object.class;
        if (raw == String.class && !(value instanceof JsonString)) {
            throw RequestFields.invalid("Le champ " + field + " est un texte.", "The " + field + " field is a string.");
        }
        if ((raw == Integer.class || raw == Long.class) && !integral(value, raw == Integer.class)) {
            throw RequestFields.invalid("Le champ " + field + " est un entier.",
                    "The " + field + " field is an integer.");
        }
        if (raw == Boolean.class && value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw RequestFields.invalid("Le champ " + field + " vaut true ou false.",
                    "The " + field + " field is true or false.");
        }
        if (raw == BigDecimal.class && !decimal(value)) {
            throw RequestFields.invalid("Le champ " + field + " est un nombre décimal, par exemple \"1.3900\".",
                    "The " + field + " field is a decimal number, for example \"1.3900\".");
        }
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                throw notAnObject(field);
            }
            check(raw, object, field + ".");
        }
        if (raw == List.class) {
            if (!(value instanceof JsonArray array)) {
                throw RequestFields.invalid("Le champ " + field + " est une liste.",
                        "The " + field + " field is a list.");
            }
            for (int i = 0; i < array.size(); i++) {
                check(argument(type, 0), array.get(i), field + "[" + i + "]");
            }
        }
        if (raw == Map.class) {
            if (!(value instanceof JsonObject object)) {
                throw notAnObject(field);
            }
            object.forEach((key, member) -> check(argument(type, 1), member, field + "." + key));
        }
    }

    private static RuntimeException notAnObject(String field) {
        return RequestFields.invalid("Le champ " + field + " est un objet.", "The " + field + " field is an object.");
    }

    private static boolean integral(JsonValue value, boolean small) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            return false;
        }
        try {
            long exact = number.longValueExact();
            return !small || exact == (int) exact;
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    private static boolean decimal(JsonValue value) {
        if (value instanceof JsonNumber) {
            return true;
        }
        if (!(value instanceof JsonString text)) {
            return false;
        }
        try {
            new BigDecimal(text.getString());
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[index] : Object.class;
    }
}
