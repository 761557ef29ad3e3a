package fr.imprimfip.partner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;

class PasswordHashTest {

    @Test
    void aPasswordMatchesItsHashAndNothingElse() {
        PasswordHash hash = PasswordHash.of("correct horse battery");
        assertTrue(hash.matches("correct horse battery"));
        assertFalse(hash.matches("correct horse battery "));
        assertFalse(hash.matches(""));
        assertFalse(hash.matches(null));
        assertFalse(hash.encoded().contains("correct"));
    }

    @Test
    void theSamePasswordTwiceGetsTwoSaltsAndTwoHashes() {
        PasswordHash first = PasswordHash.of("même mot de passe");
        PasswordHash second = PasswordHash.of("même mot de passe");
        assertNotEquals(first.encoded(), second.encoded());
        assertTrue(first.encoded().startsWith("pbkdf2-sha512$" + PasswordHash.ITERATIONS + "$"));
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThrows(InvalidInputException.class, () -> PasswordHash.of("trop-court"));
        assertThrows(InvalidInputException.class, () -> PasswordHash.of(null));
    }

    @Test
    void anUnreadableStoredHashIsAnError() {
        assertThrows(IllegalStateException.class, () -> PasswordHash.parse("md5$abc"));
        assertThrows(IllegalStateException.class, () -> PasswordHash.parse("pbkdf2-sha512$12$c2FsdA$aGFzaA"));
    }

    @Test
    void theDemoDataHashIsTheDemoPassword() throws Exception {
        String demo = Files.readString(Path.of("src/main/resources/db/demo/R__demo_partners.sql"));
        Matcher stored = Pattern.compile("'(pbkdf2-sha512\\$[^']+)'").matcher(demo);
        assertTrue(stored.find(), "the demo data declares application users");
        assertTrue(PasswordHash.parse(stored.group(1)).matches("demo-password-2026"));
    }
}
