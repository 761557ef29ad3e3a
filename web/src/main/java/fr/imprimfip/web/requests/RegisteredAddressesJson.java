package fr.imprimfip.web.requests;

import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import fr.imprimfip.registered.PostalAddress;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.SendingType;

/**
 * The {@code recipient} and {@code sender} members of a deposit's parameters (v1 {@code jsonParameters}, v2
 * {@code options}), read as the v1 contract defines them: {@code FileRecipient}, {@code FileSender},
 * {@code RecipientAddress} and {@code SenderReturnAddress} admit no other member ({@code additionalProperties:
 * false}), each member is a string, {@code null} only where the contract says it is nullable. For a registered letter
 * with acknowledgement (LRAR) both addresses are required and checked by the postal rules; any other sending type
 * keeps none.
 */
public final class RegisteredAddressesJson {

    private static final Set<String> RECIPIENT = Set.of("information", "address");
    private static final Set<String> SENDER = Set.of("returnAddress");
    private static final Set<String> INFORMATION = Set.of("emailAddress", "lastname", "firstname", "type",
            "socialReason");
    private static final Set<String> RETURN_ADDRESS = Set.of("name", "line2", "line3", "line4", "line5", "zipCode",
            "town");
    private static final Set<String> RECIPIENT_ADDRESS = Set.of("name", "line2", "line3", "line4", "line5", "zipCode",
            "town", "country");
    private static final Set<String> NULLABLE = Set.of("line3", "line4", "line5", "country", "lastname", "firstname",
            "socialReason");

    private RegisteredAddressesJson() {
    }

    /** The addresses of an LRAR deposit, checked; null for other sending types (their members are still checked). */
    public static RegisteredAddresses read(JsonObject parameters, SendingType sendingType) {
        JsonObject recipient = object(parameters, "recipient", "recipient", true);
        JsonObject sender = object(parameters, "sender", "sender", true);
        PostalAddress address = null;
        PostalAddress returnAddress = null;
        if (recipient != null) {
            refuseUnknown(recipient, RECIPIENT, "recipient.");
            JsonObject information = object(recipient, "information", "recipient.information", true);
            if (information != null) {
                refuseUnknown(information, INFORMATION, "recipient.information.");
                INFORMATION.forEach(member -> string(information, member, "recipient.information." + member));
            }
            address = address(object(recipient, "address", RegisteredAddresses.RECIPIENT_FIELD, true),
                    RegisteredAddresses.RECIPIENT_FIELD, true);
        }
        if (sender != null) {
            refuseUnknown(sender, SENDER, "sender.");
            returnAddress = address(object(sender, "returnAddress", RegisteredAddresses.RETURN_ADDRESS_FIELD, false),
                    RegisteredAddresses.RETURN_ADDRESS_FIELD, false);
        }
        if (sendingType != SendingType.LRAR) {
            return null;
        }
        if (address == null) {
            throw new InvalidInputException("Un envoi LRAR exige l'adresse du destinataire (recipient.address).",
                    "An LRAR deposit requires the recipient's address (recipient.address).");
        }
        if (returnAddress == null) {
            throw new InvalidInputException("Un envoi LRAR exige l'adresse de retour de l'expéditeur"
                    + " (sender.returnAddress).",
                    "An LRAR deposit requires the sender's return address (sender.returnAddress).");
        }
        return RegisteredAddresses.checked(address, returnAddress);
    }

    private static PostalAddress address(JsonObject json, String field, boolean withCountry) {
        if (json == null) {
            return null;
        }
        refuseUnknown(json, withCountry ? RECIPIENT_ADDRESS : RETURN_ADDRESS, field + ".");
        return new PostalAddress(string(json, "name", field + ".name"), string(json, "line2", field + ".line2"),
                string(json, "line3", field + ".line3"), string(json, "line4", field + ".line4"),
                string(json, "line5", field + ".line5"), string(json, "zipCode", field + ".zipCode"),
                string(json, "town", field + ".town"), withCountry ? string(json, "country", field + ".country") : null);
    }

    private static void refuseUnknown(JsonObject object, Set<String> known, String prefix) {
        for (String member : object.keySet()) {
            if (!known.contains(member)) {
                throw new InvalidInputException("Champ inconnu : " + prefix + printable(member) + ".",
                        "Unknown member: " + prefix + printable(member) + ".");
            }
        }
    }

    /** A member that is an object, absent, or {@code null} where the contract allows it. */
    private static JsonObject object(JsonObject parent, String member, String field, boolean nullable) {
        JsonValue value = parent.get(member);
        if (value == null || (nullable && value.getValueType() == JsonValue.ValueType.NULL)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("Le champ " + field + " doit être un objet.",
                    "The " + field + " field must be an object.");
        }
        return value.asJsonObject();
    }

    private static String string(JsonObject parent, String member, String field) {
        JsonValue value = parent.get(member);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (NULLABLE.contains(member)) {
                return null;
            }
            throw new InvalidInputException("Le champ " + field + " doit être une chaîne de caractères, pas null.",
                    "The " + field + " field must be a string, not null.");
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidInputException("Le champ " + field + " doit être une chaîne de caractères.",
                    "The " + field + " field must be a string.");
        }
        if (text.getString().chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("Le champ " + field + " contient des caractères de contrôle.",
                    "The " + field + " field contains control characters.");
        }
        return text.getString();
    }

    private static String printable(String text) {
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
