package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TechnicalReferenceTest {

    private static final Instant SUMMER = Instant.parse("2022-06-16T08:24:00Z");

    @Test
    void followsTheContractFormatWithParisTimestamp() {
        TechnicalReference ref = TechnicalReference.generate("MonFichierDeDocument(s).pdf", SUMMER, "jerome.barrat",
                new Random(1));
        assertTrue(ref.value().matches("MonFichierDeDocument\\(s\\)_06162022102400-[0-9A-Z]{6}@jerome\\.barrat\\.pdf"),
                ref.value());
    }

    @Test
    void winterTimestampIsUtcPlusOne() {
        TechnicalReference ref = TechnicalReference.generate("a.pdf", Instant.parse("2026-12-31T23:30:00Z"), "u");
        assertTrue(ref.value().startsWith("a_01012027003000-"), ref.value());
    }

    @Test
    void sameNameSameSecondGivesDistinctReferences() {
        // a fixed seed: 36^6 suffixes make a clash among thousands possible, and the service draws again on one
        java.util.Random random = new java.util.Random(20261127);
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            refs.add(TechnicalReference.generate("courrier.pdf", SUMMER, "agent", random).value());
        }
        assertEquals(1_000, refs.size());
    }

    @Test
    void accentsAreStrippedAndUnsafeCharactersReplaced() {
        assertEquals("Releve_ete_2026_n_3", TechnicalReference.safeFileStem("Relevé été 2026 n°3.PDF"));
        assertEquals("passwd", TechnicalReference.safeFileStem("../../etc/passwd"));
        assertEquals("evil", TechnicalReference.safeFileStem("C:\\temp\\evil.pdf"));
        assertEquals("a_b", TechnicalReference.safeFileStem("a\u0000\r\nb"));
        assertEquals("document", TechnicalReference.safeFileStem("...pdf"));
        assertEquals("document", TechnicalReference.safeFileStem(null));
        assertEquals("jean.dupont", TechnicalReference.safeRequester("jean.dupont"));
        assertEquals("inconnu", TechnicalReference.safeRequester("   "));
    }

    @Test
    void longNamesAreTruncated() {
        String stem = TechnicalReference.safeFileStem("x".repeat(500) + ".pdf");
        assertEquals(TechnicalReference.MAX_NAME_LENGTH, stem.length());
        TechnicalReference ref = TechnicalReference.generate("y".repeat(500), SUMMER, "z".repeat(500));
        assertTrue(TechnicalReference.isWellFormed(ref.value()));
        assertTrue(ref.value().length() <= 255);
    }

    @Test
    void everyGeneratedReferenceParsesBack() {
        TechnicalReference ref = TechnicalReference.generate("Relevé (copie).pdf", SUMMER, "agent@site");
        assertEquals(ref, TechnicalReference.parse(ref.value()));
    }

    @Test
    void parseRefusesWhatThePlatformNeverGenerates() {
        assertFalse(TechnicalReference.isWellFormed("../../etc/passwd"));
        assertFalse(TechnicalReference.isWellFormed("a_06162022102400-ABCDEF@u.pdf/../x"));
        assertFalse(TechnicalReference.isWellFormed("a_06162022102400-ABCDEF@u\n.pdf"));
        assertFalse(TechnicalReference.isWellFormed(null));
        assertThrows(IllegalArgumentException.class, () -> TechnicalReference.parse("x"));
        assertNotEquals(TechnicalReference.parse("a_06162022102400-ABCDEF@u.pdf"),
                TechnicalReference.parse("a_06162022102400-ABCDEG@u.pdf"));
    }
}
