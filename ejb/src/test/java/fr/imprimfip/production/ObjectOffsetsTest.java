package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectOffsetsTest {

    @TempDir
    Path dir;

    /**
     * Offsets of many blocks, most in order, some given long after their number (as a page-tree node's is, or the
     * root's at the end): each read back as written, though its block went to the file, came back, changed and went
     * again.
     */
    @Test
    void offsetsSpilledToTheFileAreReadBackAsWritten() throws IOException {
        int objects = ObjectOffsets.BLOCK * 12 + 17;
        try (ObjectOffsets offsets = new ObjectOffsets(dir)) {
            for (int number = 3; number <= objects; number++) {
                offsets.put(number, 1000L * number + 7);
                if (number == ObjectOffsets.BLOCK * 6) {
                    offsets.put(1, 11); // block 0 went to the file long ago: read back, changed, spilled again
                }
            }
            offsets.put(2, 5_000_000_000L);
            offsets.put(ObjectOffsets.BLOCK + 5, 42);
            assertEquals(objects, offsets.highest());
            assertEquals(11, offsets.get(1));
            assertEquals(5_000_000_000L, offsets.get(2), "offsets past 4 GB");
            assertEquals(42, offsets.get(ObjectOffsets.BLOCK + 5), "the last offset given to a number wins");
            for (int number = 3; number <= objects; number++) {
                if (number != ObjectOffsets.BLOCK + 5) {
                    assertEquals(1000L * number + 7, offsets.get(number), "object " + number);
                }
            }
            assertEquals(0, offsets.get(objects + 1), "never written");
            assertThrows(IllegalArgumentException.class, () -> offsets.put(0, 10));
        }
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "the offsets file is deleted when closed");
        }
    }
}
