package fr.imprimfip.it;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The published IMPRIM'FIP v1 OpenAPI document, and a check of an answer against the schema it gives for that
 * operation and status (or its default answer). Covers what the document uses: $ref, allOf, type, properties,
 * required, additionalProperties, nullable, enum, minLength, items, int32.
 */
public final class V1Contract {

    private static final JsonObject OPENAPI = load();

    private V1Contract() {
    }

    /** The violations of the contract by an answer to {@code method path}; empty when it conforms. */
    public static List<String> violations(String method, String path, int status, String body) {
        JsonObject operation = operation(method, path);
        if (operation == null) {
            return List.of("no operation " + method + " " + path + " in the contract");
        }
        JsonObject responses = operation.getJsonObject("responses");
        JsonObject response = responses.containsKey(Integer.toString(status))
                ? responses.getJsonObject(Integer.toString(status)) : responses.getJsonObject("default");
        response = resolve(response);
        JsonObject schema = response.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
        List<String> violations = new ArrayList<>();
        JsonValue value;
        try {
            value = Json.createReader(new StringReader(body)).readValue();
        } catch (RuntimeException e) {
            return List.of("the body is not JSON: " + body);
        }
        check(schema, value, "$", violations);
        return violations;
    }

    private static JsonObject operation(String method, String path) {
        String relative = path.replaceFirst("^/api/v1", "").replaceFirst("\\?.*$", "");
        for (Map.Entry<String, JsonValue> entry : OPENAPI.getJsonObject("paths").entrySet()) {
            String pattern = entry.getKey().replaceAll("\\{[^}]+}", "[^/]+");
            if (relative.matches(pattern)) {
                return entry.getValue().asJsonObject().getJsonObject(method.toLowerCase());
            }
        }
        return null;
    }

    private static void check(JsonObject schema, JsonValue value, String where, List<String> violations) {
        schema = resolve(schema);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (!schema.getBoolean("nullable", false)) {
                violations.add(where + " is null but not nullable");
            }
            return;
        }
        if (schema.containsKey("allOf")) {
            schema.getJsonArray("allOf").forEach(part -> check(part.asJsonObject(), value, where, violations));
        }
        String type = schema.getString("type", null);
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> checkObject(schema, value, where, violations);
            case "array" -> {
                if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                    violations.add(where + " should be an array");
                    return;
                }
                int i = 0;
                for (JsonValue item : value.asJsonArray()) {
                    check(schema.getJsonObject("items"), item, where + "[" + i++ + "]", violations);
                }
            }
            case "string" -> {
                if (!(value instanceof JsonString string)) {
                    violations.add(where + " should be a string");
                    return;
                }
                if (string.getString().length() < schema.getInt("minLength", 0)) {
                    violations.add(where + " is shorter than its minLength");
                }
                if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(string)) {
                    violations.add(where + " is not one of " + schema.getJsonArray("enum"));
                }
            }
            case "integer" -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    violations.add(where + " should be an integer");
                } else if ("int32".equals(schema.getString("format", null))
                        && (number.longValue() > Integer.MAX_VALUE || number.longValue() < Integer.MIN_VALUE)) {
                    violations.add(where + " does not fit int32");
                }
            }
            case "number" -> {
                if (!(value instanceof JsonNumber)) {
                    violations.add(where + " should be a number");
                }
            }
            case "boolean" -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    violations.add(where + " should be a boolean");
                }
            }
            default -> violations.add(where + ": unsupported type " + type);
        }
    }

    private static void checkObject(JsonObject schema, JsonValue value, String where, List<String> violations) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            violations.add(where + " should be an object");
            return;
        }
        JsonObject object = value.asJsonObject();
        JsonObject properties = schema.getJsonObject("properties");
        if (schema.containsKey("required")) {
            schema.getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(name -> !object.containsKey(name))
                    .forEach(name -> violations.add(where + "." + name + " is required"));
        }
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            if (properties != null && properties.containsKey(member.getKey())) {
                check(properties.getJsonObject(member.getKey()), member.getValue(), where + "." + member.getKey(),
                        violations);
            } else if (!schema.getBoolean("additionalProperties", true)) {
                violations.add(where + "." + member.getKey() + " is not in the contract");
            }
        }
    }

    private static JsonObject resolve(JsonObject schema) {
        while (schema.containsKey("$ref")) {
            JsonObject target = OPENAPI;
            for (String step : schema.getString("$ref").substring(2).split("/")) {
                target = target.getJsonObject(step);
            }
            schema = target;
        }
        return schema;
    }

    private static JsonObject load() {
        try (InputStream in = V1Contract.class.getResourceAsStream("/contract/imprimfip-v1-openapi.json")) {
            return Json.createReader(in).readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
