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
 * Keeps deposited files on disk. A file is streamed to a temporary file in the store while its SHA-256 is
 * computed, then moved in place atomically: the whole file is never held in memory, and a half-written file never
 * carries a storage key.
 */
@ApplicationScoped
public class ContentStore {

    private static final int BUFFER = 64 * 1024;

    @Inject
    @ConfigProperty(name = "imprimfip.storage.dir")
    Optional<String> configuredRoot;

    private Path root;

    @PostConstruct
    void init() {
        root = configuredRoot.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "imprimfip", "files"));
        try {
            Files.createDirectories(root.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the content store in " + root, e);
        }
    }

    /** Streams {@code input} into the store; refuses it past {@code maxBytes} and leaves nothing behind then. */
    public StoredContent store(InputStream input, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
        try {
            MessageDigest sha256 = newSha256();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = input.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new ContentTooLargeException(maxBytes);
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            String key = LocalDate.now(ZoneOffset.UTC).toString().replace('-', '/') + "/" + UUID.randomUUID() + ".pdf";
            Path target = resolve(key);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredContent(key, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public Path path(StoredContent content) {
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

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
