package fr.imprimfip.lre;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets handed to a recipient: link tokens and session ids (256 random bits, Base64url) and one-time codes
 * (6 digits). Only their SHA-256 is stored; the clear value lives in memory while an e-mail or an answer is composed.
 */
public final class LreSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** A token is 43 Base64url characters; anything much longer is not one (and is not hashed). */
    static final int MAX_TOKEN_LENGTH = 64;

    private LreSecrets() {
    }

    /** A fresh token or session id: 32 random bytes, Base64url without padding. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A fresh one-time code: six digits, leading zeros kept. */
    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** The stored form of a token or session id; null for what cannot be one. */
    public static String hash(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH
                || !token.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
            return null;
        }
        return sha256(token);
    }

    /** The stored form of a code, bound to its letter so that a hash is worth nothing for another letter. */
    public static String codeHash(long letterId, String code) {
        return sha256(letterId + ":" + code);
    }

    /** Whether {@code code} looks like a one-time code at all (six digits). */
    public static boolean looksLikeCode(String code) {
        return code != null && code.length() == 6 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Compares two hashes in constant time. */
    static boolean same(String hash, String other) {
        return hash != null && other != null && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                other.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
