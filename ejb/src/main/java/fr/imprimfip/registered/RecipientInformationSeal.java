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
 * An electronic registered letter's recipient (e-mail address and name) is personal data: sealed with the content
 * key as its addresses are for a paper registered letter, and opened only to notify the recipient, let them in, or
 * issue the letter's proofs.
 */
@ApplicationScoped
public class RecipientInformationSeal {

    /** The column's size; the longest information the rules allow seals to well under it (unit test). */
    public static final int MAX_SEALED_LENGTH = 2000;

    @Inject
    ContentKey key;

    public String seal(RecipientInformation information) {
        String text = key.cipher().sealText(json(information));
        if (text.length() > MAX_SEALED_LENGTH) {
            throw new IllegalArgumentException("The recipient's information is too long to be kept");
        }
        return text;
    }

    public RecipientInformation open(String sealed) {
        try (JsonReader reader = Json.createReader(new StringReader(key.cipher().openText(sealed)))) {
            JsonObject json = reader.readObject();
            return new RecipientInformation(json.getString("email"), RecipientType.valueOf(json.getString("type")),
                    json.getString("lastname", null), json.getString("firstname", null),
                    json.getString("socialReason", null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(RecipientInformation information) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("email", information.email())
                .add("type", information.type().name());
        if (information.lastname() != null) {
            json.add("lastname", information.lastname());
        }
        if (information.firstname() != null) {
            json.add("firstname", information.firstname());
        }
        if (information.socialReason() != null) {
            json.add("socialReason", information.socialReason());
        }
        return json.build().toString();
    }
}
