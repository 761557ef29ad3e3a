package fr.imprimfip.registered;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import fr.imprimfip.shared.ContentKey;

/**
 * Registered letters' addresses are personal data: they are kept sealed with the platform's content key
 * (AES-256-GCM, as deposited files are), as Base64 text in the deposit's row, and opened only to print the letter's
 * form and manifest or to issue its proofs.
 */
@ApplicationScoped
public class RegisteredAddressSeal {

    /** The longest sealed text: two addresses of eight members of at most 38 characters, sealed and in Base64. */
    public static final int MAX_SEALED_LENGTH = 4000;

    @Inject
    ContentKey key;

    public String seal(RegisteredAddresses addresses) {
        String text = key.cipher().sealText(json(addresses));
        if (text.length() > MAX_SEALED_LENGTH) {
            throw new IllegalArgumentException("The addresses are too long to be kept");
        }
        return text;
    }

    public RegisteredAddresses open(String sealed) {
        try (JsonReader reader = Json.createReader(new StringReader(key.cipher().openText(sealed)))) {
            JsonObject json = reader.readObject();
            return new RegisteredAddresses(address(json.getJsonObject("recipient")),
                    address(json.getJsonObject("returnAddress")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(RegisteredAddresses addresses) {
        return Json.createObjectBuilder()
                .add("recipient", json(addresses.recipient()))
                .add("returnAddress", json(addresses.returnAddress()))
                .build().toString();
    }

    private static JsonObjectBuilder json(PostalAddress address) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        addPresent(json, "name", address.name());
        addPresent(json, "line2", address.line2());
        addPresent(json, "line3", address.line3());
        addPresent(json, "line4", address.line4());
        addPresent(json, "line5", address.line5());
        addPresent(json, "zipCode", address.zipCode());
        addPresent(json, "town", address.town());
        addPresent(json, "country", address.country());
        return json;
    }

    private static void addPresent(JsonObjectBuilder json, String member, String value) {
        if (value != null) {
            json.add(member, value);
        }
    }

    private static PostalAddress address(JsonObject json) {
        return new PostalAddress(json.getString("name", null), json.getString("line2", null),
                json.getString("line3", null), json.getString("line4", null), json.getString("line5", null),
                json.getString("zipCode", null), json.getString("town", null), json.getString("country", null));
    }
}
