package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContentKeyComparisonTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void theFirstStartRecordsEveryKeyOfTheStore() {
        ContentKeyComparison comparison = ContentKeyComparison.of(Map.of("content-key", A), Map.of());
        assertTrue(comparison.matches());
        assertEquals(List.of("content-key"), comparison.toRecord());
    }

    @Test
    void aStoreHoldingTheRecordedKeysMatchesAndAKeyAddedByARotationIsRecorded() {
        ContentKeyComparison comparison = ContentKeyComparison.of(Map.of("content-key", A, "content-key-2", B),
                Map.of("content-key", recorded("content-key", A)));
        assertTrue(comparison.matches());
        assertEquals(List.of("content-key-2"), comparison.toRecord());
    }

    @Test
    void aKeyCreatedAnewUnderTheSameIdDoesNotMatch() {
        ContentKeyComparison comparison = ContentKeyComparison.of(Map.of("content-key", B),
                Map.of("content-key", recorded("content-key", A)));
        assertFalse(comparison.matches());
        assertTrue(comparison.problems().get(0).contains("not the key the database records"));
        assertFalse(comparison.problems().get(0).contains(B), "no fingerprint in the message");
    }

    @Test
    void aStoreLackingARecordedKeyDoesNotMatch() {
        ContentKeyComparison comparison = ContentKeyComparison.of(Map.of("content-key-2", B),
                Map.of("content-key", recorded("content-key", A), "content-key-2", recorded("content-key-2", B)));
        assertFalse(comparison.matches());
        assertTrue(comparison.problems().get(0).contains("lacks key content-key"));
    }

    private static ContentKeyFingerprint recorded(String id, String fingerprint) {
        return new ContentKeyFingerprint(id, fingerprint, Instant.parse("2026-12-01T08:00:00Z"), "node-a");
    }
}
