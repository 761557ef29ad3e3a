package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.imprimfip.shared.ContentCipher;
import fr.imprimfip.shared.ContentKey;

/** The content store on a real directory: what reaches the device in which order, and what it leaves behind. */
class ContentStoreTest {

    @TempDir
    Path root;

    private ContentStore store;
    private final List<String> synced = new ArrayList<>();

    @BeforeEach
    void openStore() {
        store = new ContentStore();
        store.configuredRoot = Optional.of(root.toString());
        ContentCipher cipher = new ContentCipher(new SecretKeySpec(new byte[32], "AES"));
        store.key = new ContentKey() {
            @Override
            public ContentCipher cipher() {
                return cipher;
            }
        };
        store.init();
        store.durability = new ContentStore.Durability() {
            @Override
            public void forceFile(FileChannel file) throws IOException {
                synced.add("file, stored files: " + storedFiles().size());
                file.force(true);
            }

            @Override
            public void forceDirectory(Path directory) throws IOException {
                synced.add("directory " + root.relativize(directory).toString().replace('\\', '/') + ", stored files: "
                        + storedFiles().size());
                ContentStore.forceDirectory(directory);
            }
        };
    }

    @Test
    void aStoredFileIsOnTheDeviceBeforeItsRenameAndItsNameAfter() throws Exception {
        byte[] plain = bytes(3 * ContentCipher.SEGMENT + 5);
        StoredContent stored = store.store(new ByteArrayInputStream(plain), Long.MAX_VALUE);

        String day = stored.storageKey().substring(0, 10);
        assertEquals(List.of("file, stored files: 0",
                        "directory , stored files: 0",
                        "directory " + day.substring(0, 4) + ", stored files: 0",
                        "directory " + day.substring(0, 7) + ", stored files: 0",
                        "directory " + day + ", stored files: 1"),
                synced, "the content is forced while still unnamed, each new directory in its parent, the name last");
        try (InputStream in = store.open(stored)) {
            assertArrayEquals(plain, in.readAllBytes());
        }

        synced.clear();
        store.store(new ByteArrayInputStream(bytes(10)), Long.MAX_VALUE);
        assertEquals(List.of("file, stored files: 1", "directory " + day + ", stored files: 2"), synced,
                "an existing day directory only needs the new name forced");
    }

    @Test
    void aFileWhoseNameCannotBeMadeDurableIsRefusedAndRemoved() throws Exception {
        store.store(new ByteArrayInputStream(bytes(10)), Long.MAX_VALUE);
        store.durability = new ContentStore.Durability() {
            @Override
            public void forceFile(FileChannel file) throws IOException {
                file.force(true);
            }

            @Override
            public void forceDirectory(Path directory) throws IOException {
                throw new IOException("the device reports an error");
            }
        };
        assertThrows(IOException.class, () -> store.store(new ByteArrayInputStream(bytes(10)), Long.MAX_VALUE));
        assertEquals(1, storedFiles().size(), "only the first file is stored");
    }

    @Test
    void directoriesAreForcedOnThisPlatformAndAMissingOneIsAnError() throws Exception {
        ContentStore.forceDirectory(root);
        assertThrows(NoSuchFileException.class, () -> ContentStore.forceDirectory(root.resolve("missing")));
    }

    @Test
    void plaintextCopiesAreInTheNodesWorkDirectoryForTheWorkOnly() throws Exception {
        StoredContent stored = store.store(new ByteArrayInputStream(bytes(5000)), Long.MAX_VALUE);
        Path work = root.resolve("work").resolve(StoreDirectories.nodeName());

        Path seen = store.withPlainCopy(stored, plain -> {
            assertEquals(work, plain.getParent());
            assertEquals(5000, Files.size(plain));
            return plain;
        });
        assertFalse(Files.exists(seen));
        assertThrows(IllegalStateException.class, () -> store.withPlainCopy(stored, plain -> {
            throw new IllegalStateException("the analysis fails");
        }));
        store.storeWritten(out -> out.write(bytes(100)));

        assertEquals(List.of(), list(work), "no plaintext left");
        assertEquals(List.of(), list(root.resolve("incoming").resolve(StoreDirectories.nodeName())));
    }

    @Test
    void aRefusedFileLeavesNothing() {
        assertThrows(ContentTooLargeException.class,
                () -> store.store(new ByteArrayInputStream(bytes(2000)), 1000));
        assertEquals(List.of(), storedFiles());
        assertEquals(List.of(), list(root.resolve("incoming").resolve(StoreDirectories.nodeName())));
    }

    @Test
    void aFileStoredInATransactionThatRollsBackIsRemovedAndOneThatCommitsStays() throws Exception {
        FakeTransactions transactions = new FakeTransactions();
        store.transactions = transactions;

        StoredContent rolledBack = store.store(new ByteArrayInputStream(bytes(10)), Long.MAX_VALUE);
        transactions.complete(Status.STATUS_ROLLEDBACK);
        StoredContent committed = store.store(new ByteArrayInputStream(bytes(10)), Long.MAX_VALUE);
        transactions.complete(Status.STATUS_COMMITTED);

        assertFalse(store.exists(rolledBack));
        assertTrue(store.exists(committed));
    }

    private List<Path> storedFiles() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".enc")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** An active transaction whose completion the test decides. */
    private static final class FakeTransactions implements TransactionSynchronizationRegistry {
        private final List<Synchronization> registered = new ArrayList<>();

        void complete(int status) {
            registered.forEach(synchronization -> synchronization.afterCompletion(status));
            registered.clear();
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            registered.add(synchronization);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
