package fr.imprimfip.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** What an application's token says about it, read from the token itself. */
public final class TokenClaims {

    private TokenClaims() {
    }

    public static JsonObject of(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }

    /**
     * The token of a partner's or the print centre's application carries what the API reads (its client, its
     * certificate's thumbprint, its role, the API's audience) and nothing about a person nor any other audience.
     */
    public static void assertOnlyWhatTheApiReads(String token, String role) {
        JsonObject claims = of(token);
        JsonValue audience = claims.get("aud");
        List<String> audiences = audience.getValueType() == JsonValue.ValueType.ARRAY
                ? audience.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of(((JsonString) audience).getString());
        assertEquals(List.of("imprimfip-api"), audiences, claims.toString());
        assertEquals(List.of(role), claims.getJsonObject("realm_access").getJsonArray("roles")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(), claims.toString());
        assertTrue(claims.getJsonObject("cnf").containsKey("x5t#S256"), claims.toString());
        for (String unread : List.of("resource_access", "preferred_username", "email", "email_verified", "name",
                "acr", "allowed-origins")) {
            assertFalse(claims.containsKey(unread), unread + " in " + claims);
        }
    }
}
