package fr.imprimfip.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps deposited files on disk, encrypted (AES-256-GCM, {@link ContentCipher}). A file is streamed through the
 * cipher into a temporary file of the store while the SHA-256 of its plaintext is computed, then moved in place
 * atomically: the whole file is never held in memory, a half-written file never carries a storage key, and no
 * stored byte is in clear. Every read authenticates the content and checks its digest.
 */
@ApplicationScoped
public class ContentStore {

    @Inject
    @ConfigProperty(name = "imprimfip.storage.dir")
    Optional<String> configuredRoot;

    @Inject
    ContentKey key;

    private Path root;

    @PostConstruct
    void init() {
        root = configuredRoot.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "imprimfip", "files"));
        try {
            Files.createDirectories(root.resolve("incoming"));
            Files.createDirectories(root.resolve("work"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the content store in " + root, e);
        }
    }

    /** Streams {@code input} into the store; refuses it past {@code maxBytes} and leaves nothing behind then. */
    public StoredContent store(InputStream input, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
        try {
            MeasuredInput measured = new MeasuredInput(input, maxBytes);
            try (OutputStream out = Files.newOutputStream(temp)) {
                key.cipher().encrypt(measured, out);
            }
            String storageKey = LocalDate.now(ZoneOffset.UTC).toString().replace('-', '/') + "/" + UUID.randomUUID()
                    + ".enc";
            Path target = resolve(storageKey);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredContent(storageKey, measured.size(), measured.sha256());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Stores a file the platform writes itself (a lot's print file): {@code work} writes it to a temporary plaintext
     * file of the store, which is then encrypted into the store like a received file and deleted.
     */
    public StoredContent storeWritten(WriteWork work) throws IOException {
        Path plain = Files.createTempFile(root.resolve("work"), "written-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(plain)) {
                work.write(out);
            }
            try (InputStream in = Files.newInputStream(plain)) {
                return store(in, Long.MAX_VALUE);
            }
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    /** Writes a file to be stored. */
    @FunctionalInterface
    public interface WriteWork {
        void write(OutputStream out) throws IOException;
    }

    /** The plaintext of a stored file, authenticated segment by segment as it is read. */
    public InputStream open(StoredContent content) throws IOException {
        return key.cipher().decrypt(Files.newInputStream(path(content)));
    }

    /**
     * Runs {@code work} on a temporary plaintext copy of a stored file (PDF parsing needs random access), after
     * checking that the content is intact and has the digest recorded when it was received; the copy is deleted
     * afterwards whatever happens.
     */
    public <T> T withPlainCopy(StoredContent content, PlainWork<T> work) throws IOException {
        Path copy = Files.createTempFile(root.resolve("work"), "plain-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                copyVerified(content, out);
            }
            return work.apply(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Whether a stored file is still exactly what was received; reads it once, writes nothing. */
    public boolean intact(StoredContent content) throws IOException {
        try {
            copyVerified(content, OutputStream.nullOutputStream());
            return true;
        } catch (ContentCipher.TamperedContentException e) {
            return false;
        }
    }

    /** Decrypts a stored file into {@code out}, failing unless it authenticates and has its recorded digest. */
    private void copyVerified(StoredContent content, OutputStream out) throws IOException {
        MeasuredInput measured;
        try (InputStream in = open(content)) {
            measured = new MeasuredInput(in, Long.MAX_VALUE);
            measured.transferTo(out);
        }
        if (!measured.sha256().equals(content.sha256()) || measured.size() != content.sizeBytes()) {
            throw new ContentCipher.TamperedContentException("digest differs from the one recorded at receipt");
        }
    }

    /** Work on a plaintext copy. */
    @FunctionalInterface
    public interface PlainWork<T> {
        T apply(Path plain) throws IOException;
    }

    Path path(StoredContent content) {
        return resolve(content.storageKey());
    }

    public boolean exists(StoredContent content) {
        return Files.exists(path(content));
    }

    /** Destroys the bytes of a file; true if there was something to destroy. */
    public boolean delete(StoredContent content) {
        try {
            return Files.deleteIfExists(path(content));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete stored content " + content.storageKey(), e);
        }
    }

    private Path resolve(String key) {
        Path resolved = root.resolve(key).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("Storage key outside the store");
        }
        return resolved;
    }

    /** Counts and hashes the bytes read through it, and stops past a size limit. */
    private static final class MeasuredInput extends java.io.FilterInputStream {
        private final MessageDigest digest;
        private final long maxBytes;
        private long size;

        MeasuredInput(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                size += read;
                if (size > maxBytes) {
                    throw new ContentTooLargeException(maxBytes);
                }
                digest.update(buffer, offset, read);
            }
            return read;
        }

        long size() {
            return size;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
