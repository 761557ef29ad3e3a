package fr.imprimfip.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * An administrator's extra cut-off, then where the print centre finds given deposits' letters: the lot, the letter's
 * rank and manifest line, and the letter's path on the print centre's door. Other tests' letters may share the lots.
 */
public final class LettersInLots {

    /** A letter as the manifest of its lot lists it. */
    public record LetterInLot(String internalRef, String businessRef, String sendingType, String path,
                              JsonObject line) {
    }

    private LettersInLots() {
    }

    /** Cuts off the pending production letters and finds the letters of {@code internalRefs} in the lots built. */
    public static List<LetterInLot> cutOff(ApiClient api, Collection<String> internalRefs) {
        ApiClient.Answer cutOff = api.postJson("/admin/production-cutoffs", Keycloak.adminToken(), "");
        assertEquals(200, cutOff.status(), cutOff.body());
        String printCentre = Keycloak.printCentreToken();
        List<LetterInLot> found = new ArrayList<>();
        for (JsonObject lot : cutOff.jsonArray().getValuesAs(JsonObject.class)) {
            String reference = lot.getString("reference");
            JsonObject manifest = api.getAs("/editique/lots/" + reference + "/manifest", printCentre).json();
            for (JsonObject letter : manifest.getJsonArray("letters").getValuesAs(JsonObject.class)) {
                if (internalRefs.contains(letter.getString("internalRef"))) {
                    found.add(new LetterInLot(letter.getString("internalRef"), letter.getString("businessRef"),
                            manifest.getJsonObject("lot").getString("sendingType"),
                            "/editique/lots/" + reference + "/letters/" + letter.getInt("sequence"), letter));
                }
            }
        }
        return found;
    }
}
