package fr.imprimfip.web.requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import fr.imprimfip.web.JsonBinding;

/**
 * Binds a JSON body to the request record a resource takes. An empty body gives {@code null}, as a JSON-P body did,
 * for the resource's {@code @NotNull} to refuse in its own words; a body that is not a JSON object, or whose member
 * has another type than the record's ({@link MemberTypes}), is refused with a 400 in the door's format instead of the
 * runtime's 500.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class RecordBodyReader implements MessageBodyReader<Record> {

    private static final int MAX_BYTES = 64 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().endsWith(".requests")
                && type.getPackageName().startsWith("fr.imprimfip.web.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] body = entity.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw RequestFields.invalid("Le corps de la requête dépasse " + MAX_BYTES / 1024 + " Ko.",
                    "The request body exceeds " + MAX_BYTES / 1024 + " KB.");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return null;
        }
        return bind(type, text);
    }

    /** The record {@code text} describes, else a refusal naming the wrong member. */
    static <R extends Record> R bind(Class<R> type, String text) {
        MemberTypes.check(type, object(text), "");
        try {
            return JsonBinding.jsonb().fromJson(text, type);
        } catch (JsonbException wrong) {
            throw notAnObject();
        }
    }

    private static JsonObject object(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException | IllegalStateException malformed) {
            // refused below, as a body of another type
        }
        throw notAnObject();
    }

    private static RuntimeException notAnObject() {
        return RequestFields.invalid(
                "Le corps de la requête n'est pas un objet JSON dont chaque champ a le type attendu.",
                "The request body is not a JSON object whose every field has the expected type.");
    }
}
