package fr.imprimfip.production;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ContentFiltersTest {

    /** Literal runs, repeated runs and the end marker, as ISO 32000-1, 7.4.5 describes them. */
    @Test
    void runLengthDecodingFollowsTheStandard() {
        byte[] encoded = {2, 'a', 'b', 'c', (byte) 254, 'x', 0, 'z', (byte) 128, 'i', 'g', 'n', 'o', 'r', 'e', 'd'};
        assertArrayEquals("abcxxxz".getBytes(StandardCharsets.US_ASCII), ContentFilters.runLength(encoded));
        assertArrayEquals(new byte[0], ContentFilters.runLength(new byte[] {(byte) 128}));
        byte[] repeated = {(byte) 129, 'q'};
        assertArrayEquals("q".repeat(128).getBytes(StandardCharsets.US_ASCII), ContentFilters.runLength(repeated));
    }

    /** What the tests' own producer encodes (literal runs of at most 128 bytes) comes back whole. */
    @Test
    void whatIsEncodedComesBack() {
        byte[] content = new byte[10_000];
        new Random(7).nextBytes(content);
        assertArrayEquals(content, ContentFilters.runLength(fr.imprimfip.testing.RewrittenPdfs.runLength(content)));
    }
}
