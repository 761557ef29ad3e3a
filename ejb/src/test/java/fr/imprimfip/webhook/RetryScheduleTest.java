package fr.imprimfip.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6),
            Duration.ofHours(72));
    private static final Instant RAISED = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void theCeilingDoublesUpToTheLongestWait() {
        assertEquals(RAISED.plusSeconds(30), SCHEDULE.next(1, RAISED, RAISED, bound -> bound));
        assertEquals(RAISED.plusSeconds(60), SCHEDULE.next(2, RAISED, RAISED, bound -> bound));
        assertEquals(RAISED.plusSeconds(240), SCHEDULE.next(4, RAISED, RAISED, bound -> bound));
        assertEquals(RAISED.plus(Duration.ofHours(6)), SCHEDULE.next(20, RAISED, RAISED, bound -> bound));
        assertEquals(RAISED.plus(Duration.ofHours(6)), SCHEDULE.next(500, RAISED, RAISED, bound -> bound));
    }

    @Test
    void theWaitIsDrawnBelowTheCeilingWithASmallFloor() {
        assertEquals(RAISED.plusSeconds(3), SCHEDULE.next(5, RAISED, RAISED, bound -> 0));
        assertEquals(RAISED.plusMillis(7_000), SCHEDULE.next(5, RAISED, RAISED, bound -> 7_000));
    }

    @Test
    void givenUpAfterThreeDays() {
        Instant late = RAISED.plus(Duration.ofHours(71));
        assertNull(SCHEDULE.next(30, RAISED, late, bound -> bound));
        assertEquals(late.plusSeconds(3), SCHEDULE.next(30, RAISED, late, bound -> 0));
    }
}
