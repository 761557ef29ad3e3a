package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class ContentCipherTest {

    private final ContentCipher cipher = new ContentCipher(new SecretKeySpec(new byte[32], "AES"));

    @Test
    void roundTripsEverySizeAroundSegmentBoundaries() throws Exception {
        for (int size : new int[] {0, 1, 1000, ContentCipher.SEGMENT - 1, ContentCipher.SEGMENT,
                ContentCipher.SEGMENT + 1, 3 * ContentCipher.SEGMENT + 7}) {
            byte[] plain = bytes(size);
            assertArrayEquals(plain, open(seal(plain)), "size " + size);
        }
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
        flipped[ContentCipher.HEADER + 100] ^= 1;
        assertThrows(ContentCipher.TamperedContentException.class, () -> open(flipped));

        byte[] truncatedAtSegment = Arrays.copyOf(sealed, ContentCipher.HEADER + ContentCipher.SEGMENT + 16);
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
