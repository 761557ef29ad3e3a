package fr.imprimfip.web.editique;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import fr.imprimfip.deposit.ProductionEvent;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.web.requests.RequestFields;

/** A report's body: {@code {"event": "PRINTED", "occurredAt": "2026-11-27T10:15:00Z", "message": "..."}}. */
record ProductionReport(ProductionEvent event, Instant occurredAt, String message) {

    private static final int MAX_MESSAGE = 500;

    static ProductionReport parse(JsonObject body) {
        if (body == null) {
            throw invalid("Le corps de la requête doit être un objet JSON.");
        }
        ProductionEvent event;
        try {
            event = ProductionEvent.valueOf(text(body, "event", true));
        } catch (IllegalArgumentException e) {
            throw invalid("event doit valoir l'un de " + Arrays.toString(ProductionEvent.values()) + ".");
        }
        Instant occurredAt = null;
        String when = text(body, "occurredAt", false);
        if (when != null) {
            try {
                occurredAt = Instant.parse(when);
            } catch (DateTimeParseException e) {
                throw invalid("occurredAt doit être un instant ISO-8601 (2026-11-27T10:15:00Z).");
            }
        }
        String message = text(body, "message", false);
        if (message != null && message.length() > MAX_MESSAGE) {
            throw invalid("message fait au plus " + MAX_MESSAGE + " caractères.");
        }
        return new ProductionReport(event, occurredAt, message);
    }

    private static String text(JsonObject body, String name, boolean required) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw invalid("Le champ " + name + " est obligatoire.");
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw invalid("Le champ " + name + " doit être une chaîne.");
        }
        return string.getString();
    }

    private static InvalidInputException invalid(String detail) {
        return RequestFields.invalid(detail);
    }
}
