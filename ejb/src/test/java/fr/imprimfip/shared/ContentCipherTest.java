package fr.imprimfip.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.ContentCipher;

class ContentCipherTest {

    private static final int HEADER = ContentCipher.headerLength(ContentCipher.INITIAL_KEY_ID);
    private static final SecretKey FIRST = key(0);
    private static final SecretKey SECOND = key(7);

    private final ContentCipher cipher = new ContentCipher(FIRST);

    @Test
    void roundTripsEverySizeAroundSegmentBoundaries() throws Exception {
        for (int size : new int[] {0, 1, 1000, ContentCipher.SEGMENT - 1, ContentCipher.SEGMENT,
                ContentCipher.SEGMENT + 1, 3 * ContentCipher.SEGMENT + 7}) {
            byte[] plain = bytes(size);
            assertArrayEquals(plain, open(seal(plain)), "size " + size);
        }
    }

    @Test
    void shortTextsAreSealedAsBase64AndOpenedBackAlteredOrNot() throws Exception {
        for (String text : new String[] {"", "token", "Élodie Œuvre — 14 RUE GALILÉE", "\uD83D\uDCEE"}) {
            String sealed = cipher.sealText(text);
            assertTrue(sealed.matches("[A-Za-z0-9+/=]+"), sealed);
            assertFalse(sealed.contains(text.isEmpty() ? "\u0000" : text), "never in clear");
            assertEquals(text, cipher.openText(sealed));
            assertEquals(text, new ContentCipher(ContentCipher.INITIAL_KEY_ID,
                    Map.of(ContentCipher.INITIAL_KEY_ID, FIRST)).openText(sealed), "another cipher, same key");
        }
        byte[] sealed = Base64.getDecoder().decode(cipher.sealText("token"));
        sealed[sealed.length - 1] ^= 0x01;
        String altered = Base64.getEncoder().encodeToString(sealed);
        assertThrows(ContentCipher.TamperedContentException.class, () -> cipher.openText(altered));
    }

    @Test
    void theSameFileIsSealedDifferentlyEachTime() throws Exception {
        byte[] plain = bytes(5000);
        assertFalse(Arrays.equals(seal(plain), seal(plain)));
    }

    @Test
    void anyChangeIsDetected() throws Exception {
        byte[] sealed = seal(bytes(2 * ContentCipher.SEGMENT + 10));
        byte[] flipped = sealed.clone();
        flipped[HEADER + 100] ^= 1;
        assertThrows(ContentCipher.TamperedContentException.class, () -> open(flipped));

        byte[] truncatedAtSegment = Arrays.copyOf(sealed, HEADER + ContentCipher.SEGMENT + 16);
        assertThrows(ContentCipher.TamperedContentException.class, () -> open(truncatedAtSegment));

        byte[] truncated = Arrays.copyOf(sealed, sealed.length - 1);
        assertThrows(ContentCipher.TamperedContentException.class, () -> open(truncated));

        byte[] extended = Arrays.copyOf(sealed, sealed.length + 20);
        assertThrows(ContentCipher.TamperedContentException.class, () -> open(extended));

        byte[] badHeader = sealed.clone();
        badHeader[0] = 'X';
        assertThrows(ContentCipher.TamperedContentException.class, () -> open(badHeader));

        ContentCipher otherKey = new ContentCipher(new SecretKeySpec(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
                12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}, "AES"));
        assertThrows(ContentCipher.TamperedContentException.class,
                () -> otherKey.decrypt(new ByteArrayInputStream(sealed)).readAllBytes());
    }

    @Test
    void afterARotationNewFilesAreSealedUnderTheNewKeyAndOldOnesStayReadable() throws Exception {
        byte[] plain = bytes(3 * ContentCipher.SEGMENT / 2);
        byte[] sealedBefore = seal(plain);
        ContentCipher rotated = new ContentCipher("content-key-2",
                Map.of(ContentCipher.INITIAL_KEY_ID, FIRST, "content-key-2", SECOND));

        assertArrayEquals(plain, rotated.decrypt(new ByteArrayInputStream(sealedBefore)).readAllBytes());
        ByteArrayOutputStream sealedAfter = new ByteArrayOutputStream();
        rotated.encrypt(new ByteArrayInputStream(plain), sealedAfter);
        assertEquals("content-key-2", ContentCipher.keyIdOf(sealedAfter.toByteArray()));
        assertArrayEquals(plain, rotated.decrypt(new ByteArrayInputStream(sealedAfter.toByteArray())).readAllBytes());
        assertThrows(ContentCipher.TamperedContentException.class,
                () -> open(sealedAfter.toByteArray()), "the old key alone cannot read the new file");
    }

    @Test
    void filesSealedBeforeKeyIdsExistedAreReadUnderTheInitialKey() throws Exception {
        byte[] plain = bytes(2000);
        byte[] sealed = seal(plain);
        // the layout without a key id: "IFE1", then salt, nonce prefix and segments as before
        int idLength = 1 + ContentCipher.INITIAL_KEY_ID.length();
        byte[] legacy = new byte[sealed.length - idLength];
        System.arraycopy("IFE1".getBytes(StandardCharsets.US_ASCII), 0, legacy, 0, 4);
        System.arraycopy(sealed, 4 + idLength, legacy, 4, sealed.length - 4 - idLength);

        ContentCipher rotated = new ContentCipher("content-key-2",
                Map.of(ContentCipher.INITIAL_KEY_ID, FIRST, "content-key-2", SECOND));
        assertArrayEquals(plain, rotated.decrypt(new ByteArrayInputStream(legacy)).readAllBytes());
    }

    @Test
    void aFingerprintTellsKeysApartWithoutShowingThem() {
        assertEquals(ContentCipher.fingerprint(FIRST), ContentCipher.fingerprint(key(0)));
        assertNotEquals(ContentCipher.fingerprint(FIRST), ContentCipher.fingerprint(SECOND));
        assertEquals(64, ContentCipher.fingerprint(FIRST).length());
        assertFalse(ContentCipher.fingerprint(SECOND).contains(HexFormat.of().formatHex(SECOND.getEncoded())));
    }

    private static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private byte[] seal(byte[] plain) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cipher.encrypt(new ByteArrayInputStream(plain), out);
        return out.toByteArray();
    }

    private byte[] open(byte[] sealed) throws Exception {
        return cipher.decrypt(new ByteArrayInputStream(sealed)).readAllBytes();
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
