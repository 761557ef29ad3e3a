package fr.imprimfip.rights;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The keyed blind index of a normalised value: HMAC-SHA256 under the index key, over the key's kind and the value,
 * in hex (64 characters). Without the key, an index tells nothing of the value and cannot be computed from a
 * guess; the kind in the MAC keeps a name from matching an address line that reads the same.
 */
public final class BlindIndex {

    /** The context the index key is derived for (HKDF "info"): a new version of the scheme takes a new one. */
    public static final byte[] KEY_PURPOSE = "imprimfip person index v1".getBytes(StandardCharsets.US_ASCII);
    /** A digest's length in hex. */
    public static final int DIGEST_LENGTH = 64;

    private final String keyId;
    private final SecretKey key;

    public BlindIndex(String keyId, SecretKey key) {
        this.keyId = Objects.requireNonNull(keyId);
        this.key = Objects.requireNonNull(key);
    }

    /** The id of the content key the index key was derived from, recorded with each index. */
    public String keyId() {
        return keyId;
    }

    /** The index of {@code value} as {@code kind}, or none when nothing of it counts once normalised. */
    public Optional<String> of(PersonKey kind, String value) {
        String normalised = kind.normalise(value);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(kind.name().getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
