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
     * Offsets of many blocks, most in order, some written long after their number was given (as a page-tree node
     * is): each read back as written, after its block went to the file and came back.
     */
    @Test
    void offsetsSpilledToTheFileAreReadBackAsWritten() throws IOException {
        int objects = ObjectOffsets.BLOCK * 12 + 17;
        try (ObjectOffsets offsets = new ObjectOffsets(dir)) {
            for (int number = 3; number <= objects; number++) {
                offsets.put(number, 1000L * number + 7);
                if (number % 5000 == 0) {
                    offsets.put(1, 42L * number);
                }
            }
            offsets.put(2, 5_000_000_000L);
            assertEquals(objects, offsets.highest());
            assertEquals(42L * 95_000, offsets.get(1), "the last offset given to a number wins");
            assertEquals(5_000_000_000L, offsets.get(2), "offsets past 4 GB");
            for (int number = 3; number <= objects; number++) {
                assertEquals(1000L * number + 7, offsets.get(number), "object " + number);
            }
            assertEquals(0, offsets.get(objects + 1), "never written");
            assertThrows(IllegalArgumentException.class, () -> offsets.put(0, 10));
        }
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "the offsets file is deleted when closed");
        }
    }
}
