package fr.imprimfip.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;

/** Reading the fields of an administrator's JSON body, each wrong one answered with a 400 that names it. */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonObject required(JsonObject body, String shape) {
        if (body == null) {
            throw invalid("Le corps doit être " + shape + ".");
        }
        return body;
    }

    static String text(JsonObject body, String name, boolean required) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
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

    static Integer integer(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
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

    static boolean bool(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || (value.getValueType() != JsonValue.ValueType.TRUE
                && value.getValueType() != JsonValue.ValueType.FALSE)) {
            throw invalid("Le champ " + name + " vaut true ou false.");
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    static LocalDate date(JsonObject body, String name, boolean required) {
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

    static List<String> texts(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            throw invalid("Le champ " + name + " est une liste de textes.");
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static JsonObject object(JsonObject body, String name, boolean required) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
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

    static String reason(JsonObject body) {
        return text(required(body, "{\"reason\": \"...\"}"), "reason", true);
    }

    static ApiException invalid(String detail) {
        return new ApiException(ApiError.INVALID_REQUEST, detail);
    }
}
