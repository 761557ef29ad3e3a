package fr.imprimfip.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import fr.imprimfip.shared.InternalFailure;

/**
 * Encrypts stored files with AES-256-GCM in segments of 1 MiB, so that a file of any size is encrypted and
 * decrypted as a stream without being held in memory, and every segment is authenticated before its bytes are
 * used. Each file gets its own key, derived from the platform key and a random salt; a segment's nonce carries its
 * index and whether it is the last one, so reordered, removed, appended or truncated segments are all detected.
 *
 * <p>Several platform keys may be known (key rotation): a file names the key it was sealed under, new files are
 * sealed under the current key and older ones stay readable as long as their key is kept.
 *
 * <p>Layout: {@code "IFE2"} | key id length (1) | key id (ASCII) | salt (16) | nonce prefix (7) | segments, each
 * {@code ciphertext || tag (16)}. Files written before key ids existed start with {@code "IFE1"}, have no key id
 * and were sealed under {@link #INITIAL_KEY_ID}.
 */
public final class ContentCipher {

    /** The id of the platform's first key, under which every file without a key id was sealed. */
    public static final String INITIAL_KEY_ID = "content-key";
    public static final int SEGMENT = 1 << 20;
    private static final byte[] MAGIC_WITHOUT_KEY_ID = {'I', 'F', 'E', '1'};
    private static final byte[] MAGIC = {'I', 'F', 'E', '2'};
    private static final int SALT = 16;
    private static final int PREFIX = 7;
    private static final int TAG = 16;
    private static final int MAX_KEY_ID = 64;
    private static final byte[] FINGERPRINT_LABEL =
            "imprimfip content key fingerprint v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, SecretKey> platformKeys;

    /** A cipher that seals under {@code currentKeyId} and opens files sealed under any of {@code platformKeys}. */
    public ContentCipher(String currentKeyId, Map<String, SecretKey> platformKeys) {
        this.platformKeys = Map.copyOf(platformKeys);
        this.currentKeyId = requireKeyId(currentKeyId);
        if (!this.platformKeys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("No key " + currentKeyId + " among the platform keys");
        }
        this.platformKeys.forEach((id, key) -> {
            requireKeyId(id);
            if (key.getEncoded() == null || key.getEncoded().length != 32) {
                throw new IllegalArgumentException("The content key " + id + " must be a 256-bit key");
            }
        });
    }

    /** A cipher with the platform's initial key only. */
    public ContentCipher(SecretKey platformKey) {
        this(INITIAL_KEY_ID, Map.of(INITIAL_KEY_ID, Objects.requireNonNull(platformKey)));
    }

    /** The key new files are sealed under. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /**
     * A fingerprint of a platform key: the HMAC-SHA256 of a fixed label under the key, in hex. It tells whether two
     * keys are the same without revealing the key or helping to guess it.
     */
    public static String fingerprint(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(FINGERPRINT_LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encrypts everything {@code plain} gives into {@code sealed}, under the current key. */
    public void encrypt(InputStream plain, OutputStream sealed) throws IOException {
        byte[] salt = random(SALT);
        byte[] prefix = random(PREFIX);
        byte[] keyId = currentKeyId.getBytes(StandardCharsets.US_ASCII);
        sealed.write(MAGIC);
        sealed.write(keyId.length);
        sealed.write(keyId);
        sealed.write(salt);
        sealed.write(prefix);
        SecretKey fileKey = fileKey(platformKeys.get(currentKeyId), salt);
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

    /** A short text sealed like a file, as Base64, for a database column (registration tokens, addresses). */
    public String sealText(String plain) {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try {
            encrypt(new ByteArrayInputStream(plain.getBytes(StandardCharsets.UTF_8)), sealed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(sealed.toByteArray());
    }

    /** The text {@link #sealText} sealed; fails with {@link TamperedContentException} on any change. */
    public String openText(String sealed) throws IOException {
        try (InputStream plain = decrypt(new ByteArrayInputStream(Base64.getDecoder().decode(sealed)))) {
            return new String(plain.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A stream of the plaintext of {@code sealed}; it fails with {@link TamperedContentException} on any change.
     * A key id that names no known key is a change too: every key a file was ever sealed under is recorded by the
     * platform, which refuses to use a key store lacking one of them (see ContentKeyCheck).
     */
    public InputStream decrypt(InputStream sealed) throws IOException {
        byte[] magic = sealed.readNBytes(MAGIC.length);
        String keyId;
        if (Arrays.equals(magic, MAGIC_WITHOUT_KEY_ID)) {
            keyId = INITIAL_KEY_ID;
        } else if (Arrays.equals(magic, MAGIC)) {
            int length = sealed.read();
            if (length < 1 || length > MAX_KEY_ID) {
                throw new TamperedContentException("unreadable key id");
            }
            byte[] id = sealed.readNBytes(length);
            if (id.length != length) {
                throw new TamperedContentException("truncated header");
            }
            keyId = new String(id, StandardCharsets.US_ASCII);
        } else {
            throw new TamperedContentException("unknown or truncated header");
        }
        SecretKey platformKey = platformKeys.get(keyId);
        if (platformKey == null) {
            throw new TamperedContentException("sealed under a key id the platform never had");
        }
        byte[] salt = sealed.readNBytes(SALT);
        byte[] prefix = sealed.readNBytes(PREFIX);
        if (salt.length != SALT || prefix.length != PREFIX) {
            throw new TamperedContentException("truncated header");
        }
        return new Opening(sealed, fileKey(platformKey, salt), prefix);
    }

    /** The key id a sealed file names in its header, for tests and diagnostics. */
    static String keyIdOf(byte[] sealedStart) {
        if (Arrays.equals(Arrays.copyOf(sealedStart, MAGIC.length), MAGIC_WITHOUT_KEY_ID)) {
            return INITIAL_KEY_ID;
        }
        return new String(sealedStart, MAGIC.length + 1, sealedStart[MAGIC.length], StandardCharsets.US_ASCII);
    }

    /** The length of the header of a file sealed under {@code keyId}. */
    static int headerLength(String keyId) {
        return MAGIC.length + 1 + keyId.length() + SALT + PREFIX;
    }

    private static String requireKeyId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1," + MAX_KEY_ID + "}")) {
            throw new IllegalArgumentException("A content key id is 1 to " + MAX_KEY_ID
                    + " letters, digits, dots, dashes or underscores");
        }
        return id;
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

    private static SecretKey fileKey(SecretKey platformKey, byte[] salt) {
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
    @InternalFailure
    public static final class TamperedContentException extends EOFException {
        public TamperedContentException(String detail) {
            super("Stored content fails its integrity check: " + detail);
        }
    }
}
