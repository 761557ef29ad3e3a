package fr.imprimfip.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    @AfterEach
    void forgetTheOffset() {
        System.clearProperty(AdjustableClock.OFFSET_PROPERTY);
        System.clearProperty(AdjustableClock.ENABLED_PROPERTY);
    }

    @Test
    void theOffsetMovesTheClockAndItsZonedViews() {
        Clock clock = new AdjustableClock(Clock.fixed(T0, ZoneId.of("UTC")));
        assertEquals(T0, clock.instant());
        System.setProperty(AdjustableClock.OFFSET_PROPERTY, "P31D");
        assertEquals(T0.plus(Duration.ofDays(31)), clock.instant());
        assertEquals(T0.plus(Duration.ofDays(31)), clock.withZone(BusinessCalendar.PARIS).instant());
        System.clearProperty(AdjustableClock.OFFSET_PROPERTY);
        assertEquals(T0, clock.instant(), "back when the offset goes");
    }

    @Test
    void aProductionServerHasTheSystemClockWhateverTheProperty() {
        System.setProperty(AdjustableClock.OFFSET_PROPERTY, "P3650D");
        Clock clock = new ClockProducer().clock();
        assertFalse(clock instanceof AdjustableClock);
        assertEquals(0, Duration.between(Instant.now(), clock.instant()).toMinutes(), "the offset is ignored");
    }
}
