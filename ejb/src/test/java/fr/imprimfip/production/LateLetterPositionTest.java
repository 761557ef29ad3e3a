package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class LateLetterPositionTest {

    @Test
    void aPositionComesBackFromItsTokenToTheNanosecond() {
        for (Instant due : List.of(Instant.parse("2026-12-05T10:15:30.123456789Z"),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.EPOCH, Instant.parse("9999-12-31T23:59:59.999999Z"))) {
            LateLetters.Position position = new LateLetters.Position(due, 4_200_000_000L);
            assertEquals(position, LateLetters.Position.of(position.token()));
        }
    }

    @Test
    void aTokenIsOpaqueAndSafeInAnAddress() {
        String token = new LateLetters.Position(Instant.parse("2026-12-05T10:15:30Z"), 17).token();
        assertFalse(token.matches(".*[^A-Za-z0-9_-].*"), token);
    }

    @Test
    void anythingElseIsRefused() {
        for (String token : List.of("", "not-a-position", "%2E%2E", encoded("1234"), encoded("-1.000000000.1"),
                encoded("1.5.1"), encoded("1.000000000.-1"), encoded("1.000000000.1.2"),
                encoded("9999999999999.000000000.1"), encoded("253402300800.000000000.1"),
                encoded("1.000000000.9999999999999999999"),
                encoded("１.000000000.1"), encoded("1.000000000.1\n"))) {
            assertThrows(IllegalArgumentException.class, () -> LateLetters.Position.of(token), token);
        }
    }

    private static String encoded(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
