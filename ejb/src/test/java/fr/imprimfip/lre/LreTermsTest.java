package fr.imprimfip.lre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Deadlines count Paris calendar days: across a change of summer time the wall-clock time stays, not the hours. */
class LreTermsTest {

    private static final LreTerms TERMS = new LreTerms(15, 3, 30);

    @Test
    void acrossTheSpringChangeTheDeadlineKeepsItsParisTime() {
        Instant notified = Instant.parse("2026-03-20T13:00:00Z");                 // 14:00 in Paris (UTC+1)
        Instant deadline = TERMS.deadline(notified);
        assertEquals(Instant.parse("2026-04-04T12:00:00Z"), deadline);             // 14:00 in Paris (UTC+2)
        assertEquals(Duration.ofDays(15).minusHours(1), Duration.between(notified, deadline));
        assertEquals(Instant.parse("2026-04-01T12:00:00Z"), TERMS.reminder(deadline));
    }

    @Test
    void acrossTheAutumnChangeTheDeadlineKeepsItsParisTime() {
        Instant notified = Instant.parse("2026-10-20T08:30:00Z");                 // 10:30 in Paris (UTC+2)
        Instant deadline = TERMS.deadline(notified);
        assertEquals(Instant.parse("2026-11-04T09:30:00Z"), deadline);             // 10:30 in Paris (UTC+1)
        assertEquals(Duration.ofDays(15).plusHours(1), Duration.between(notified, deadline));
        assertEquals(Instant.parse("2026-10-31T09:30:00Z"), TERMS.reminder(
                Instant.parse("2026-11-03T09:30:00Z")), "a reminder before the change keeps its Paris time too");
    }

    @Test
    void aReminderFallsWithinTheDelay() {
        assertThrows(IllegalArgumentException.class, () -> new LreTerms(3, 3, 30));
        assertThrows(IllegalArgumentException.class, () -> new LreTerms(0, 0, 30));
        assertEquals(Instant.parse("2026-01-31T10:00:00Z"),
                new LreTerms(15, 3, 30).comeBackUntil(Instant.parse("2026-01-01T10:00:00Z")));
    }
}
