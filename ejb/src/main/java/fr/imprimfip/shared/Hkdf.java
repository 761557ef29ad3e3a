package fr.imprimfip.shared;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869): a key for one purpose derived from a platform key, so that the platform key
 * itself is never used for two things and the derived key reveals nothing of it.
 */
public final class Hkdf {

    private static final int HASH = 32;

    private Hkdf() {
    }

    /** {@code length} bytes of output keying material from {@code ikm}, with an optional salt and a context. */
    public static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH) {
            throw new IllegalArgumentException("HKDF-SHA256 yields 1 to " + 255 * HASH + " bytes");
        }
        try {
            Mac extract = Mac.getInstance("HmacSHA256");
            extract.init(new SecretKeySpec(salt == null || salt.length == 0 ? new byte[HASH] : salt, "HmacSHA256"));
            byte[] prk = extract.doFinal(ikm);
            Mac expand = Mac.getInstance("HmacSHA256");
            expand.init(new SecretKeySpec(prk, "HmacSHA256"));
            ByteArrayOutputStream okm = new ByteArrayOutputStream();
            byte[] block = new byte[0];
            for (int counter = 1; okm.size() < length; counter++) {
                expand.update(block);
                expand.update(info);
                expand.update((byte) counter);
                block = expand.doFinal();
                okm.writeBytes(block);
            }
            Arrays.fill(prk, (byte) 0);
            return Arrays.copyOf(okm.toByteArray(), length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 256-bit HMAC-SHA256 key for the purpose {@code info}, derived from {@code platformKey}. */
    public static SecretKey hmacKey(SecretKey platformKey, byte[] info) {
        return new SecretKeySpec(derive(platformKey.getEncoded(), null, info, HASH), "HmacSHA256");
    }
}
