package fr.imprimfip.registered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;

class RegisteredNumberRangeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private static RegisteredNumberRange range(String indicator, int first, int last) {
        return RegisteredNumberRange.record("CE-PRINCIPAL", indicator, first, last, "FR", "admin", NOW);
    }

    @Test
    void givesItsNumbersInOrderEachOnceThenIsSpent() {
        RegisteredNumberRange range = range("RR", 12345677, 12345679);
        assertEquals(3, range.remaining());
        Set<String> given = new HashSet<>();
        // 12345677: 8+12+12+8+15+30+63+49 = 197, 197 mod 11 = 10, 11 - 10 = 1
        assertEquals("RR123456771FR", range.allocate().format());
        // 12345678: 204 (see RegisteredNumberTest), check digit 5
        assertEquals("RR123456785FR", range.allocate().format());
        // 12345679: 211, 211 mod 11 = 2, 11 - 2 = 9
        assertEquals("RR123456799FR", range.allocate().format());
        assertTrue(range.spent());
        assertEquals(0, range.remaining());
        assertThrows(IllegalStateException.class, range::allocate);
        RegisteredNumberRange large = range("RA", 0, 999);
        for (int i = 0; i < 1000; i++) {
            assertTrue(given.add(large.allocate().format()), "each number once");
        }
        assertEquals(1000, given.size());
        assertTrue(large.spent());
    }

    @Test
    void rangesOverlapOnlyInTheSameSeries() {
        RegisteredNumberRange recorded = range("RR", 1000, 1999);
        assertTrue(recorded.overlaps(range("RR", 1999, 2999)));
        assertTrue(recorded.overlaps(range("RR", 0, 1000)));
        assertTrue(recorded.overlaps(range("RR", 1500, 1500)));
        assertTrue(recorded.overlaps(range("RR", 0, 5000)));
        assertFalse(recorded.overlaps(range("RR", 2000, 2999)));
        assertFalse(recorded.overlaps(range("RR", 0, 999)));
        assertFalse(recorded.overlaps(range("RA", 1000, 1999)));
        assertFalse(recorded.overlaps(RegisteredNumberRange.record("CE-PRINCIPAL", "RR", 1000, 1999, "BE", "admin",
                NOW)));
    }

    @Test
    void refusesWhatIsNotARange() {
        assertThrows(InvalidInputException.class, () -> range("RR", 2000, 1999));
        assertThrows(InvalidInputException.class, () -> range("rr", 0, 10));
        assertThrows(InvalidInputException.class, () -> range("R1", 0, 10));
        assertThrows(InvalidInputException.class, () -> range("RR", -1, 10));
        assertThrows(InvalidInputException.class, () -> range("RR", 0, 100_000_000));
        assertThrows(InvalidInputException.class, () -> RegisteredNumberRange.record("ce principal", "RR", 0, 10,
                "FR", "admin", NOW));
        assertThrows(InvalidInputException.class, () -> RegisteredNumberRange.record("C".repeat(31), "RR", 0, 10,
                "FR", "admin", NOW));
        assertThrows(InvalidInputException.class, () -> RegisteredNumberRange.record("CE-PRINCIPAL", "RR", 0, 10,
                "Fr", "admin", NOW));
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> range("RR", 5, 4));
        assertTrue(refusal.text().english().contains("last serial"));
        assertTrue(refusal.text().french().contains("dernier"));
    }

    @Test
    void runsLowAtTheSmallerOfItsLastTenthAndFiveHundredAndSaysSoOnce() {
        RegisteredNumberRange small = range("RR", 0, 999); // its last tenth: 100 numbers
        for (int i = 0; i < 900; i++) {
            small.allocate();
        }
        assertFalse(small.runningLow(500, 10), "100 left");
        assertFalse(small.lowAlertDue(500, 10, NOW));
        small.allocate();
        assertTrue(small.runningLow(500, 10), "99 left");
        assertNull(small.lowAlertAt());
        assertTrue(small.lowAlertDue(500, 10, NOW));
        assertEquals(NOW, small.lowAlertAt());
        small.allocate();
        assertFalse(small.lowAlertDue(500, 10, NOW.plusSeconds(60)), "once per range");

        RegisteredNumberRange large = range("RA", 0, 99_999); // 10 % would be 10,000: 500 is smaller
        for (int i = 0; i < 99_500; i++) {
            large.allocate();
        }
        assertFalse(large.runningLow(500, 10), "500 left");
        large.allocate();
        assertTrue(large.runningLow(500, 10), "499 left");
    }

    @Test
    void aOneNumberRangeRunsLowOnlyWhenSpent() {
        RegisteredNumberRange one = range("RR", 7, 7);
        assertFalse(one.runningLow(500, 10));
        one.allocate();
        assertTrue(one.runningLow(500, 10));
    }

    @Test
    void describesItselfWithoutCheckDigits() {
        assertEquals("RR 00001000-00001999 FR (CE-PRINCIPAL)", range("RR", 1000, 1999).describe());
        assertEquals("RR000010008FR".length(), range("RR", 1000, 1999).firstNumber().format().length());
    }
}
