package fr.imprimfip.lre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Tokens are 256 random bits in Base64url, codes six digits; only their SHA-256 is kept. */
class LreSecretsTest {

    @Test
    void aTokenIs256RandomBitsInBase64Url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = LreSecrets.newToken();
            assertEquals(43, token.length(), token);
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void onlyTheHashIsKeptAndOnlyForWhatCanBeAToken() {
        String token = LreSecrets.newToken();
        String hash = LreSecrets.hash(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, LreSecrets.hash(token));
        assertNotEquals(hash, LreSecrets.hash(LreSecrets.newToken()));
        assertTrue(LreSecrets.same(hash, LreSecrets.hash(token)));
        assertNull(LreSecrets.hash(null));
        assertNull(LreSecrets.hash(""));
        assertNull(LreSecrets.hash("a".repeat(65)));
        assertNull(LreSecrets.hash("abc/def"));
        assertNull(LreSecrets.hash("abcé"));
    }

    @Test
    void aCodeIsSixDigitsAndItsHashBelongsToItsLetter() {
        for (int i = 0; i < 1000; i++) {
            assertTrue(LreSecrets.looksLikeCode(LreSecrets.newCode()));
        }
        assertTrue(LreSecrets.looksLikeCode("012345"));
        assertTrue(!LreSecrets.looksLikeCode("12345") && !LreSecrets.looksLikeCode("12345a"));
        assertNotEquals(LreSecrets.codeHash(1, "123456"), LreSecrets.codeHash(2, "123456"));
        assertEquals(64, LreSecrets.codeHash(1, "123456").length());
    }
}
