package fr.imprimfip.deposit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.shared.ContentCipher;
import fr.imprimfip.shared.ContentKey;

/**
 * Keeps deposited files on disk, encrypted (AES-256-GCM, {@link ContentCipher}). A file is streamed through the
 * cipher into a temporary file of the store while the SHA-256 of its plaintext is computed, then moved in place
 * atomically: the whole file is never held in memory, a half-written file never carries a storage key, and no
 * stored byte is in clear. Every read authenticates the content and checks its digest.
 *
 * <p>A stored file is on disk before {@link #store} returns, so before the transaction that records it commits:
 * its bytes are forced to the device before it is renamed, and its directory after (a rename is only durable once
 * the directory is). When that transaction rolls back, the file is removed again; what a crash leaves between
 * the two is swept by {@link StorageSweep}. Plaintext copies live in this node's work directory for one piece of
 * work only.
 */
@ApplicationScoped
public class ContentStore {

    private static final Logger LOG = Logger.getLogger(ContentStore.class.getName());
    private static final boolean DIRECTORIES_SYNCABLE =
            !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");

    static {
        if (!DIRECTORIES_SYNCABLE) {
            LOG.warning("Directories cannot be synced on this platform: a stored file's rename is only as durable as"
                    + " the file system makes it");
        }
    }

    @Inject
    @ConfigProperty(name = "imprimfip.storage.dir")
    Optional<String> configuredRoot;

    @Inject
    ContentKey key;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private StoreDirectories directories;
    private Path root;
    /** Forces written bytes and directory entries to the device; tests record the order of its calls. */
    Durability durability = Durability.DEVICE;

    @PostConstruct
    void init() {
        directories = StoreDirectories.of(configuredRoot);
        root = directories.root();
        try {
            directories.create();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the content store in " + root, e);
        }
    }

    /** The store's directories, for the sweep. */
    public StoreDirectories directories() {
        return directories;
    }

    /**
     * Streams {@code input} into the store; refuses it past {@code maxBytes} and leaves nothing behind then. When it
     * returns, the file and its name are on disk; if the caller's transaction then rolls back, the file is removed.
     */
    public StoredContent store(InputStream input, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(directories.incoming(), "upload-", ".part");
        try {
            MeasuredInput measured = new MeasuredInput(input, maxBytes);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                key.cipher().encrypt(measured, out);
                out.flush();
                durability.forceFile(channel);
            }
            String storageKey = LocalDate.now(ZoneOffset.UTC).toString().replace('-', '/') + "/" + UUID.randomUUID()
                    + ".enc";
            Path target = resolve(storageKey);
            createDirectoriesDurably(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            try {
                durability.forceDirectory(target.getParent());
            } catch (IOException notDurable) {
                Files.deleteIfExists(target);
                throw notDurable;
            }
            StoredContent stored = new StoredContent(storageKey, measured.size(), measured.sha256());
            removeIfRolledBack(stored);
            return stored;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates the missing directories of {@code directory}, each entry made durable in its parent. */
    private void createDirectoriesDurably(Path directory) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path path = directory; path != null && !Files.isDirectory(path); path = path.getParent()) {
            missing.add(0, path);
        }
        if (missing.isEmpty()) {
            return;
        }
        Files.createDirectories(directory);
        for (Path created : missing) {
            durability.forceDirectory(created.getParent());
        }
    }

    /** Within a transaction, the stored file goes again if the transaction does not commit. */
    private void removeIfRolledBack(StoredContent stored) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        delete(stored);
                    } catch (UncheckedIOException e) {
                        LOG.warning(() -> "Stored content " + stored.storageKey() + " of a rolled back transaction"
                                + " is left to the storage sweep: " + e.getCause());
                    }
                }
            }
        });
    }

    /** How written data reaches the device. */
    interface Durability {
        void forceFile(FileChannel file) throws IOException;

        void forceDirectory(Path directory) throws IOException;

        Durability DEVICE = new Durability() {
            @Override
            public void forceFile(FileChannel file) throws IOException {
                file.force(true);
            }

            @Override
            public void forceDirectory(Path directory) throws IOException {
                ContentStore.forceDirectory(directory);
            }
        };
    }

    /**
     * Forces a directory's entries to the device. Windows cannot open a directory as a file: there the rename is as
     * durable as the platform makes it, which the node says once at start. Anywhere else, a directory that cannot be
     * opened or synced is an error: the file is not durable, and its deposit is refused.
     */
    static void forceDirectory(Path directory) throws IOException {
        if (!DIRECTORIES_SYNCABLE) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /**
     * Stores a file the platform writes itself (a lot's print file): {@code work} writes it to a temporary plaintext
     * file of the store, which is then encrypted into the store like a received file and deleted.
     */
    public StoredContent storeWritten(WriteWork work) throws IOException {
        Path plain = Files.createTempFile(directories.work(), "written-", ".pdf");
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
     * afterwards whatever happens. It is in this node's work directory, where PDFBox also keeps its scratch files
     * (see CharterAnalyzer), so that what a killed node leaves there is swept at its next start.
     */
    public <T> T withPlainCopy(StoredContent content, PlainWork<T> work) throws IOException {
        Path copy = Files.createTempFile(directories.work(), "plain-", ".pdf");
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
