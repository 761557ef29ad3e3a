package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.imprimfip.deposit.StorageSweep.Kind;

/** The sweep on a real directory: what it removes, what it leaves, how it counts. */
class StorageSweepTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(60);
    private static final Duration WORK_MAX_AGE = Duration.ofMinutes(120);

    @TempDir
    Path root;

    private final StorageSweep sweep = new StorageSweep();

    @Test
    void atStartTheNodeRemovesAtOnceWhatItsLastRunLeftInItsOwnDirectories() throws Exception {
        StoreDirectories own = new StoreDirectories(root, "node-a").create();
        StoreDirectories other = new StoreDirectories(root, "node-b").create();
        Instant processStart = NOW.minusSeconds(30);
        Path plain = file(own.work().resolve("plain-1.pdf"), 1000, processStart.minusSeconds(1));
        Path written = file(own.work().resolve("written-2.pdf"), 300, processStart.minusSeconds(5));
        Path scratch = file(own.work().resolve("PDFBox3.tmp"), 200, processStart.minusSeconds(1));
        Path spooled = file(own.spool().resolve("undertow4upload"), 50, processStart.minusSeconds(1));
        Path partial = file(own.incoming().resolve("upload-5.part"), 70, processStart.minusSeconds(1));
        Path thisRun = file(own.work().resolve("plain-6.pdf"), 10, processStart.plusSeconds(1));
        Path otherNodes = file(other.work().resolve("plain-7.pdf"), 10, processStart.minusSeconds(3600));
        Path notOurs = file(own.work().resolve("notes.txt"), 10, processStart.minusSeconds(3600));

        StorageSweep.Report report = sweep.leftByLastRun(own, processStart);

        for (Path gone : List.of(plain, written, scratch, spooled, partial)) {
            assertFalse(Files.exists(gone), gone.toString());
        }
        assertTrue(Files.exists(thisRun), "a copy of a running analysis stays");
        assertTrue(Files.exists(otherNodes), "another node's analysis may be running");
        assertTrue(Files.exists(notOurs), "only the platform's names are removed");
        assertEquals(2, report.files(Kind.PLAINTEXT_COPY));
        assertEquals(1300, report.bytes(Kind.PLAINTEXT_COPY));
        assertEquals(1, report.files(Kind.PDFBOX_SCRATCH));
        assertEquals(200, report.bytes(Kind.PDFBOX_SCRATCH));
        assertEquals(1, report.files(Kind.UPLOAD_SPOOL));
        assertEquals(1, report.files(Kind.PARTIAL_WRITE));
        assertEquals(0, report.files(Kind.ORPHAN_CONTENT));
    }

    @Test
    void storedFilesNoCommittedRowKnowsAreRemovedOnceOlderThanTheGracePeriod() throws Exception {
        StoreDirectories directories = new StoreDirectories(root, "node-a").create();
        String oldOrphan = key("2026/12/01");
        String freshOrphan = key("2026/12/03");
        String recorded = key("2026/12/01");
        file(root.resolve(oldOrphan), 4096, NOW.minus(GRACE).minusSeconds(1));
        file(root.resolve(freshOrphan), 100, NOW.minus(GRACE).plusSeconds(1));
        file(root.resolve(recorded), 100, NOW.minus(Duration.ofDays(30)));
        Path foreign = file(root.resolve("2026/12/01/notes.txt"), 10, NOW.minus(Duration.ofDays(30)));
        List<Collection<String>> asked = new ArrayList<>();

        StorageSweep.Report report = sweep.stale(directories, NOW, GRACE, WORK_MAX_AGE, keys -> {
            asked.add(List.copyOf(keys));
            return keys.contains(recorded) ? Set.of(recorded) : Set.of();
        });

        assertFalse(Files.exists(root.resolve(oldOrphan)));
        assertTrue(Files.exists(root.resolve(freshOrphan)), "its transaction may still commit, on any node");
        assertTrue(Files.exists(root.resolve(recorded)));
        assertTrue(Files.exists(foreign), "only storage keys are candidates");
        assertEquals(1, report.files(Kind.ORPHAN_CONTENT));
        assertEquals(4096, report.bytes(Kind.ORPHAN_CONTENT));
        assertEquals(1, asked.size());
        assertEquals(Set.of(oldOrphan, recorded), Set.copyOf(asked.get(0)), "fresh files are not even looked up");
    }

    @Test
    void workAndSpoolFilesOfEveryNodeAreRemovedOnceOlderThanAnyWorkLasts() throws Exception {
        StoreDirectories a = new StoreDirectories(root, "node-a").create();
        StoreDirectories gone = new StoreDirectories(root, "node-gone").create();
        Path stalePlain = file(gone.work().resolve("plain-1.pdf"), 10, NOW.minus(WORK_MAX_AGE).minusSeconds(1));
        Path runningPlain = file(a.work().resolve("plain-2.pdf"), 10, NOW.minus(WORK_MAX_AGE).plusSeconds(60));
        Path staleSpool = file(gone.spool().resolve("undertow3upload"), 10, NOW.minus(WORK_MAX_AGE).minusSeconds(1));
        Path stalePartial = file(a.incoming().resolve("upload-4.part"), 10, NOW.minus(GRACE).minusSeconds(1));
        Path writingPartial = file(gone.incoming().resolve("upload-5.part"), 10, NOW.minusSeconds(60));
        Path legacyPlain = file(root.resolve("work/plain-6.pdf"), 10, NOW.minus(Duration.ofDays(2)));

        StorageSweep.Report report = sweep.stale(a, NOW, GRACE, WORK_MAX_AGE, keys -> Set.of());

        assertFalse(Files.exists(stalePlain));
        assertFalse(Files.exists(legacyPlain), "copies of the store's earlier layout go too");
        assertTrue(Files.exists(runningPlain));
        assertFalse(Files.exists(staleSpool));
        assertFalse(Files.exists(stalePartial));
        assertTrue(Files.exists(writingPartial));
        assertEquals(2, report.files(Kind.PLAINTEXT_COPY));
        assertEquals(1, report.files(Kind.UPLOAD_SPOOL));
        assertEquals(1, report.files(Kind.PARTIAL_WRITE));
    }

    @Test
    void aReportNamesEveryKindWithItsCounts() {
        StorageSweep.Report report = new StorageSweep.Report();
        report.add(Kind.PLAINTEXT_COPY, 1000);
        assertEquals("orphan_content 0 file(s) 0 bytes, partial_write 0 file(s) 0 bytes, plaintext_copy 1 file(s)"
                + " 1000 bytes, pdfbox_scratch 0 file(s) 0 bytes, upload_spool 0 file(s) 0 bytes", report.toString());
    }

    private static String key(String day) {
        return day + "/" + UUID.randomUUID() + ".enc";
    }

    private static Path file(Path path, int size, Instant modified) throws IOException {
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[size]);
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return path;
    }
}
