package fr.imprimfip.partner;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A password kept only as a slow salted hash: PBKDF2 with HMAC-SHA-512, a random 16-byte salt and, by default,
 * 210,000 iterations, written {@code pbkdf2-sha512$<iterations>$<salt>$<hash>} (Base64). The iteration count
 * travels with each hash so that it can be raised for new passwords without invalidating the old ones.
 */
@Embeddable
public class PasswordHash {

    public static final int ITERATIONS = 210_000;
    private static final String SCHEME = "pbkdf2-sha512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;
    private static final int MIN_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "password_hash", nullable = false, length = 200)
    private String encoded;

    protected PasswordHash() {
    }

    private PasswordHash(String encoded) {
        this.encoded = encoded;
    }

    /** The hash of a new password, which must be at least 12 characters long. */
    public static PasswordHash of(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("Le mot de passe doit compter au moins " + MIN_LENGTH + " caractères.",
                    "The password must have at least " + MIN_LENGTH + " characters.");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash(SCHEME + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, ITERATIONS)));
    }

    /** A hash as stored, e.g. read back from the database or prepared for the demo data. */
    public static PasswordHash parse(String encoded) {
        PasswordHash hash = new PasswordHash(encoded);
        hash.parts();
        return hash;
    }

    /** Whether {@code password} is the one hashed here (compared in constant time). */
    public boolean matches(String password) {
        if (password == null) {
            return false;
        }
        String[] parts = parts();
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(parts[3]);
        byte[] presented = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, presented);
    }

    /** The stored form; it reveals nothing usable but still never belongs in a log or an answer. */
    public String encoded() {
        return encoded;
    }

    private String[] parts() {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{3,8}")) {
            throw new IllegalStateException("Empreinte de mot de passe illisible");
        }
        return parts;
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 unavailable", unavailable);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[" + SCHEME + "]";
    }
}
