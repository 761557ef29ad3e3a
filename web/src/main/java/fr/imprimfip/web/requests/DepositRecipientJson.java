package fr.imprimfip.web.requests;

import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import fr.imprimfip.registered.PostalAddress;
import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.SendingType;

/**
 * The {@code recipient} and {@code sender} members of a deposit's parameters (v1 {@code jsonParameters}, v2
 * {@code options}), read as the v1 contract defines them: {@code FileRecipient}, {@code FileSender},
 * {@code RecipientAddress} and {@code SenderReturnAddress} admit no other member ({@code additionalProperties:
 * false}), each member is a string, {@code null} only where the contract says it is nullable. For a registered letter
 * with acknowledgement (LRAR) both addresses are required and checked by the postal rules. For an electronic
 * registered letter (LRE) {@code recipient.information} is required and checked, and the LRAR-only members
 * ({@code recipient.address}, {@code sender.returnAddress}) are refused rather than silently dropped. A standard
 * letter keeps nothing.
 */
public final class DepositRecipientJson {

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

    /**
     * What a deposit's sending type keeps of these members: the checked addresses of an LRAR, the checked recipient
     * of an LRE, nothing for a standard letter.
     */
    public record DepositRecipient(RegisteredAddresses registeredAddresses, RecipientInformation lreRecipient) {

        public static final DepositRecipient NONE = new DepositRecipient(null, null);
    }

    private DepositRecipientJson() {
    }

    /**
     * The members read and checked for {@code sendingType} (those of other sending types are still checked against
     * the schema, except for an LRE, which refuses the LRAR-only ones).
     */
    public static DepositRecipient read(JsonObject parameters, SendingType sendingType) {
        JsonObject recipient = object(parameters, "recipient", "recipient", true);
        JsonObject sender = object(parameters, "sender", "sender", true);
        PostalAddress address = null;
        PostalAddress returnAddress = null;
        RecipientInformation information = null;
        if (recipient != null) {
            refuseUnknown(recipient, RECIPIENT, "recipient.");
            information = information(object(recipient, "information", RecipientInformation.FIELD, true),
                    sendingType == SendingType.LRE);
            address = address(object(recipient, "address", RegisteredAddresses.RECIPIENT_FIELD, true),
                    RegisteredAddresses.RECIPIENT_FIELD, true);
        }
        if (sender != null) {
            refuseUnknown(sender, SENDER, "sender.");
            returnAddress = address(object(sender, "returnAddress", RegisteredAddresses.RETURN_ADDRESS_FIELD, false),
                    RegisteredAddresses.RETURN_ADDRESS_FIELD, false);
        }
        return switch (sendingType) {
            case LRAR -> new DepositRecipient(addresses(address, returnAddress), null);
            case LRE -> new DepositRecipient(null, electronic(information, address, returnAddress));
            case STD -> DepositRecipient.NONE;
        };
    }

    private static RegisteredAddresses addresses(PostalAddress address, PostalAddress returnAddress) {
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

    private static RecipientInformation electronic(RecipientInformation information, PostalAddress address,
                                                   PostalAddress returnAddress) {
        if (information == null) {
            throw new InvalidInputException("Un envoi LRE exige les informations du destinataire"
                    + " (recipient.information).",
                    "An LRE deposit requires the recipient's information (recipient.information).");
        }
        if (address != null) {
            throw lrarOnly(RegisteredAddresses.RECIPIENT_FIELD);
        }
        if (returnAddress != null) {
            throw lrarOnly(RegisteredAddresses.RETURN_ADDRESS_FIELD);
        }
        return information;
    }

    private static InvalidInputException lrarOnly(String field) {
        return new InvalidInputException("Le champ " + field + " ne concerne que les envois LRAR : un envoi LRE"
                + " est remis par voie électronique, sans adresse postale.", "The " + field + " field is for LRAR"
                + " deposits only: an LRE letter is delivered electronically, without a postal address.");
    }

    /**
     * {@code recipient.information} checked against the schema; built into the recipient, which checks itself,
     * when the deposit is an LRE ({@code build}).
     */
    private static RecipientInformation information(JsonObject json, boolean build) {
        if (json == null) {
            return null;
        }
        String prefix = RecipientInformation.FIELD + ".";
        refuseUnknown(json, INFORMATION, prefix);
        String email = string(json, "emailAddress", prefix + "emailAddress");
        String type = string(json, "type", prefix + "type");
        String lastname = string(json, "lastname", prefix + "lastname");
        String firstname = string(json, "firstname", prefix + "firstname");
        String socialReason = string(json, "socialReason", prefix + "socialReason");
        return build ? new RecipientInformation(email, RecipientInformation.type(type), lastname, firstname,
                socialReason) : null;
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
