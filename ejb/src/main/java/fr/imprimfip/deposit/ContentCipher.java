package fr.imprimfip.deposit;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts stored files with AES-256-GCM in segments of 1 MiB, so that a file of any size is encrypted and
 * decrypted as a stream without being held in memory, and every segment is authenticated before its bytes are
 * used. Each file gets its own key, derived from the platform key and a random salt; a segment's nonce carries its
 * index and whether it is the last one, so reordered, removed, appended or truncated segments are all detected.
 *
 * <p>Layout: {@code "IFE1"} | salt (16) | nonce prefix (7) | segments, each {@code ciphertext || tag (16)}.
 */
public final class ContentCipher {

    static final int SEGMENT = 1 << 20;
    private static final byte[] MAGIC = {'I', 'F', 'E', '1'};
    private static final int SALT = 16;
    private static final int PREFIX = 7;
    private static final int TAG = 16;
    static final int HEADER = MAGIC.length + SALT + PREFIX;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey platformKey;

    public ContentCipher(SecretKey platformKey) {
        this.platformKey = Objects.requireNonNull(platformKey);
        if (platformKey.getEncoded() == null || platformKey.getEncoded().length != 32) {
            throw new IllegalArgumentException("The content key must be a 256-bit key");
        }
    }

    /** Encrypts everything {@code plain} gives into {@code sealed}. */
    public void encrypt(InputStream plain, OutputStream sealed) throws IOException {
        byte[] salt = random(SALT);
        byte[] prefix = random(PREFIX);
        sealed.write(MAGIC);
        sealed.write(salt);
        sealed.write(prefix);
        SecretKey fileKey = fileKey(salt);
        byte[] current = new byte[SEGMENT];
        int currentLength = plain.readNBytes(current, 0, SEGMENT);
        int index = 0;
        while (true) {
            byte[] next = new byte[SEGMENT];
            int nextLength = currentLength == SEGMENT ? plain.readNBytes(next, 0, SEGMENT) : 0;
            boolean last = nextLength == 0;
            sealed.write(seal(fileKey, nonce(prefix, index, last), current, currentLength));
            if (last) {
                return;
            }
            current = next;
            currentLength = nextLength;
            index++;
        }
    }

    /** A stream of the plaintext of {@code sealed}; it fails with {@link TamperedContentException} on any change. */
    public InputStream decrypt(InputStream sealed) throws IOException {
        byte[] header = sealed.readNBytes(HEADER);
        if (header.length != HEADER || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new TamperedContentException("unknown or truncated header");
        }
        byte[] salt = Arrays.copyOfRange(header, MAGIC.length, MAGIC.length + SALT);
        byte[] prefix = Arrays.copyOfRange(header, MAGIC.length + SALT, HEADER);
        return new Opening(sealed, fileKey(salt), prefix);
    }

    private byte[] seal(SecretKey key, byte[] nonce, byte[] plain, int length) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG * 8, nonce));
            return cipher.doFinal(plain, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IOException("Encryption failed", e);
        }
    }

    private SecretKey fileKey(byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(platformKey);
            mac.update(salt);
            return new SecretKeySpec(mac.doFinal("imprimfip content v1".getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] nonce(byte[] prefix, int index, boolean last) {
        return ByteBuffer.allocate(12).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Decrypts segment by segment, authenticating each before handing out its bytes. */
    private static final class Opening extends InputStream {
        private final InputStream sealed;
        private final SecretKey key;
        private final byte[] prefix;
        private byte[] plain = new byte[0];
        private int position;
        private int index;
        private boolean finished;
        private int lookahead = -2;

        Opening(InputStream sealed, SecretKey key, byte[] prefix) {
            this.sealed = sealed;
            this.key = key;
            this.prefix = prefix;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int read = read(one, 0, 1);
            return read == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            while (position == plain.length) {
                if (finished) {
                    return -1;
                }
                nextSegment();
            }
            int count = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, buffer, offset, count);
            position += count;
            return count;
        }

        private void nextSegment() throws IOException {
            byte[] segment = new byte[SEGMENT + TAG];
            int length = 0;
            if (lookahead >= 0) {
                segment[length++] = (byte) lookahead;
            }
            length += sealed.readNBytes(segment, length, segment.length - length);
            if (length < TAG) {
                throw new TamperedContentException("truncated segment " + index);
            }
            lookahead = length == segment.length ? sealed.read() : -1;
            boolean last = lookahead == -1;
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG * 8, nonce(prefix, index, last)));
                plain = cipher.doFinal(segment, 0, length);
            } catch (AEADBadTagException e) {
                throw new TamperedContentException("segment " + index + " fails authentication");
            } catch (GeneralSecurityException e) {
                throw new IOException("Decryption failed", e);
            }
            position = 0;
            index++;
            finished = last;
        }

        @Override
        public void close() throws IOException {
            sealed.close();
        }
    }

    /** Stored content that was changed, truncated or extended since it was written. */
    public static final class TamperedContentException extends EOFException {
        public TamperedContentException(String detail) {
            super("Stored content fails its integrity check: " + detail);
        }
    }
}
