package fr.imprimfip.web.v1;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import fr.imprimfip.deposit.FileNames;
import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;
import fr.imprimfip.web.requests.RegisteredAddressesJson;
import fr.imprimfip.web.requests.RequestFields;

/**
 * The multipart body of {@code POST /file/submission} read by the contract's rules: one non-empty {@code docFile},
 * one {@code jsonParameters} object of the {@code FileSubmissionJson} schema (unknown members refused, as its
 * {@code additionalProperties: false} says; a registered letter's addresses read by {@link RegisteredAddressesJson}),
 * optional {@code anxFile} parts matching the declared annexes.
 */
public final class SubmissionForm {

    static final int MAX_JSON_BYTES = 64 * 1024;
    private static final Set<String> PARTS = Set.of("docFile", "anxFile", "jsonParameters");
    private static final Set<String> ROOT_MEMBERS =
            Set.of("filename", "onBehalfOf", "options", "recipient", "sender", "annexes");
    private static final Set<String> OPTION_MEMBERS = Set.of("paper", "sendingType");

    private final FormPart document;
    private final List<FormPart> annexes;
    private final SubmissionParameters parameters;

    private SubmissionForm(FormPart document, List<FormPart> annexes, SubmissionParameters parameters) {
        this.document = document;
        this.annexes = annexes;
        this.parameters = parameters;
    }

    public static SubmissionForm read(List<? extends FormPart> parts) throws IOException {
        FormPart document = null;
        FormPart json = null;
        List<FormPart> annexes = new ArrayList<>();
        for (FormPart part : parts) {
            String name = part.name();
            if (!PARTS.contains(name)) {
                throw invalid("Partie inattendue dans la requête : « " + printable(name) + " ».");
            }
            switch (name) {
                case "docFile" -> {
                    if (document != null) {
                        throw invalid("Un seul fichier de documents (docFile) est accepté par requête.");
                    }
                    document = part;
                }
                case "jsonParameters" -> {
                    if (json != null) {
                        throw invalid("Les paramètres (jsonParameters) sont fournis plusieurs fois.");
                    }
                    json = part;
                }
                default -> annexes.add(part);
            }
        }
        if (document == null) {
            throw invalid("Le fichier de documents (docFile) est absent.");
        }
        if (document.size() == 0) {
            throw invalid("Le fichier de documents (docFile) est vide.");
        }
        if (json == null) {
            throw invalid("Les paramètres (jsonParameters) sont absents.");
        }
        SubmissionParameters parameters = parameters(readJson(json));
        for (FormPart annex : annexes) {
            if (annex.size() == 0) {
                throw invalid("Une annexe (anxFile) est vide.");
            }
        }
        if (parameters.annexNames().size() != annexes.size()) {
            throw invalid("Le nombre d'annexes déclarées (" + parameters.annexNames().size()
                    + ") ne correspond pas au nombre de fichiers anxFile (" + annexes.size() + ").");
        }
        return new SubmissionForm(document, List.copyOf(annexes), parameters);
    }

    private static JsonObject readJson(FormPart part) throws IOException {
        if (part.size() > MAX_JSON_BYTES) {
            throw invalid("Les paramètres (jsonParameters) dépassent " + MAX_JSON_BYTES / 1024 + " Ko.");
        }
        String text;
        try (InputStream in = part.open()) {
            text = new String(in.readNBytes(MAX_JSON_BYTES + 1), StandardCharsets.UTF_8);
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid("Les paramètres (jsonParameters) doivent être un objet JSON.");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalid("Les paramètres (jsonParameters) ne sont pas un JSON valide.");
        }
    }

    private static SubmissionParameters parameters(JsonObject json) {
        refuseUnknownMembers(json, ROOT_MEMBERS, "");
        String filename = requiredString(json, "filename", "filename");
        checkFileName(filename, "filename");
        String onBehalfOf = optionalString(json, "onBehalfOf", "onBehalfOf");
        if (onBehalfOf != null && !onBehalfOf.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw invalid("Le champ onBehalfOf doit être un identifiant d'utilisateur (lettres, chiffres, . _ - @).");
        }
        if (!(json.get("options") instanceof JsonObject options)) {
            throw invalid("Le champ options est obligatoire.");
        }
        refuseUnknownMembers(options, OPTION_MEMBERS, "options.");
        Paper paper;
        SendingType sendingType;
        try {
            paper = RequestFields.enumValue(Paper.class, requiredString(options, "paper", "options.paper"),
                    "options.paper");
            sendingType = RequestFields.enumValue(SendingType.class,
                    requiredString(options, "sendingType", "options.sendingType"), "options.sendingType");
        } catch (InvalidInputException refused) {
            throw invalid(refused.text().french());
        }
        // refused as they are, answered in French by this door: an address refused tells the audit trail its field only
        RegisteredAddresses addresses = RegisteredAddressesJson.read(json, sendingType);
        JsonObject recipient = optionalObject(json, "recipient");
        if (sendingType == SendingType.LRE && (recipient == null || optionalObject(recipient, "information") == null)) {
            throw invalid("Un envoi LRE exige les informations du destinataire (recipient.information).");
        }
        RecipientInformation lreRecipient = sendingType == SendingType.LRE
                ? lreRecipient(optionalObject(recipient, "information")) : null;
        return new SubmissionParameters(filename, onBehalfOf, paper, sendingType, annexNames(json), addresses,
                lreRecipient);
    }

    /** The LRE recipient as {@code recipient.information} gives it (members already checked as strings). */
    private static RecipientInformation lreRecipient(JsonObject information) {
        String field = RecipientInformation.FIELD + ".";
        return new RecipientInformation(optionalString(information, "emailAddress", field + "emailAddress"),
                RecipientInformation.type(optionalString(information, "type", field + "type")),
                optionalString(information, "lastname", field + "lastname"),
                optionalString(information, "firstname", field + "firstname"),
                optionalString(information, "socialReason", field + "socialReason"));
    }

    private static List<String> annexNames(JsonObject json) {
        JsonValue annexes = json.get("annexes");
        if (annexes == null || annexes.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (annexes.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid("Le champ annexes doit être une liste.");
        }
        List<String> names = new ArrayList<>();
        for (JsonValue annex : annexes.asJsonArray()) {
            if (annex.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid("Chaque annexe doit être un objet { \"filename\": ... }.");
            }
            refuseUnknownMembers(annex.asJsonObject(), Set.of("filename"), "annexes[].");
            String name = requiredString(annex.asJsonObject(), "filename", "annexes[].filename");
            checkFileName(name, "annexes[].filename");
            names.add(name);
        }
        return names;
    }

    private static void refuseUnknownMembers(JsonObject object, Set<String> known, String prefix) {
        for (String member : object.keySet()) {
            if (!known.contains(member)) {
                throw invalid("Champ inconnu : " + prefix + printable(member) + ".");
            }
        }
    }

    private static String requiredString(JsonObject object, String member, String label) {
        String value = optionalString(object, member, label);
        if (value == null || value.isBlank()) {
            throw invalid("Le champ " + label + " est obligatoire.");
        }
        return value;
    }

    private static String optionalString(JsonObject object, String member, String label) {
        JsonValue value = object.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw invalid("Le champ " + label + " doit être une chaîne de caractères.");
        }
        if (string.getString().chars().anyMatch(Character::isISOControl)) {
            throw invalid("Le champ " + label + " contient des caractères de contrôle.");
        }
        return string.getString();
    }

    private static JsonObject optionalObject(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid("Le champ " + member + " doit être un objet.");
        }
        return value.asJsonObject();
    }

    private static String printable(String text) {
        String cleaned = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }

    private static ApiException invalid(String detail) {
        return ApiException.v1(ApiError.INVALID_REQUEST, detail);
    }

    public FormPart document() {
        return document;
    }

    public List<FormPart> annexes() {
        return annexes;
    }

    public SubmissionParameters parameters() {
        return parameters;
    }

    /** A file name, not a path: no control character (line breaks included), no / nor \\. */
    private static void checkFileName(String name, String field) {
        try {
            FileNames.require(name, field);
        } catch (InvalidInputException refused) {
            throw invalid(refused.text().french());
        }
    }
}
