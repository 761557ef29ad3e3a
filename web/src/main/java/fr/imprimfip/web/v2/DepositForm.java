package fr.imprimfip.web.v2;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import fr.imprimfip.deposit.FileNames;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.web.requests.DepositRecipientJson;
import fr.imprimfip.web.requests.RequestFields;
import fr.imprimfip.web.v1.FormPart;

/**
 * The multipart body of a native deposit: {@code document} (the PDF, not empty), {@code options} (a JSON object of
 * at most 64 KB: filename, paper, sendingType, onBehalfOf, metadata, and for LRAR and LRE recipient and sender) and any
 * number of {@code annexes}, each named by its part's file name. The options are only read here; their values are
 * checked with the query string's.
 */
public final class DepositForm {

    static final int MAX_OPTIONS_BYTES = 64 * 1024;

    private final FormPart document;
    private final List<FormPart> annexes;
    private final JsonObject options;

    private DepositForm(FormPart document, List<FormPart> annexes, JsonObject options) {
        this.document = document;
        this.annexes = annexes;
        this.options = options;
    }

    public static DepositForm read(List<? extends FormPart> parts) throws IOException {
        FormPart document = null;
        JsonObject options = null;
        List<FormPart> annexes = new ArrayList<>();
        for (FormPart part : parts) {
            switch (part.name()) {
                case "document" -> document = part;
                case "options" -> options = json(part);
                case "annexes" -> {
                    FileNames.require(part.submittedFileName(), "annexes (nom de fichier de la partie)");
                    annexes.add(part);
                }
                default -> throw RequestFields.invalid("Partie inattendue : « " + part.name() + " ».",
                        "Unexpected part: \"" + part.name() + "\".");
            }
        }
        if (document == null || document.size() == 0) {
            throw RequestFields.invalid("La partie « document » (le PDF) est absente ou vide.",
                    "The \"document\" part (the PDF) is missing or empty.");
        }
        if (options == null) {
            throw RequestFields.invalid("La partie « options » est absente.", "The \"options\" part is missing.");
        }
        return new DepositForm(document, List.copyOf(annexes), options);
    }

    public FormPart document() {
        return document;
    }

    /** The annexes in their order, each named by its part's file name. */
    public List<FormPart> annexes() {
        return annexes;
    }

    public String filename() {
        return string("filename");
    }

    public String paper() {
        return orDefault(string("paper"), Paper.DUPLEX.name());
    }

    public String sendingType() {
        return orDefault(string("sendingType"), SendingType.STD.name());
    }

    public String onBehalfOf() {
        return string("onBehalfOf");
    }

    /**
     * What {@code recipient} and {@code sender} give for {@code sendingType}, as in the v1 contract, checked: the
     * recipient's and return addresses of an LRAR ({@code recipient.address}, {@code sender.returnAddress}), the
     * recipient of an LRE ({@code recipient.information}), nothing for a standard letter.
     */
    public DepositRecipientJson.DepositRecipient recipient(SendingType sendingType) {
        return DepositRecipientJson.read(options, sendingType);
    }

    /** The {@code metadata} labels in their order, a value that is not a text given as its JSON text. */
    public Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (options.get("metadata") instanceof JsonObject labels) {
            labels.forEach((key, value) -> metadata.put(key,
                    value instanceof JsonString text ? text.getString() : value.toString()));
        }
        return metadata;
    }

    private String string(String name) {
        JsonValue value = options.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw RequestFields.invalid("options." + name + " doit être une chaîne de caractères.",
                    "options." + name + " must be a string.");
        }
        return text.getString();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static JsonObject json(FormPart part) throws IOException {
        if (part.size() > MAX_OPTIONS_BYTES) {
            throw RequestFields.invalid("La partie « options » dépasse " + MAX_OPTIONS_BYTES / 1024 + " Ko.",
                    "The \"options\" part exceeds " + MAX_OPTIONS_BYTES / 1024 + " KB.");
        }
        try (InputStream in = part.open()) {
            JsonValue value = Json.createReader(new StringReader(new String(in.readNBytes(MAX_OPTIONS_BYTES + 1),
                    StandardCharsets.UTF_8))).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw RequestFields.invalid("La partie « options » doit être un objet JSON.",
                        "The \"options\" part must be a JSON object.");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw RequestFields.invalid("La partie « options » n'est pas un JSON valide.",
                    "The \"options\" part is not valid JSON.");
        }
    }
}
