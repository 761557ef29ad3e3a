package fr.imprimfip.console.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CountdownTest {

    private static final Instant DUE = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void timeLeftInHoursMinutesAndSeconds() {
        Countdown left = Countdown.of(DUE, DUE.minus(Duration.ofHours(47).plusMinutes(5).plusSeconds(9)));
        assertEquals("reste 47 h 05 min 09 s", left.text());
        assertFalse(left.overdue());
        assertEquals("fr-badge--warning", left.css());
        assertEquals("2026-11-27T08:00:00Z", left.deadline(), "the script reads the ISO instant");
    }

    @Test
    void aDeadlinePastIsRedAndSaysByHowMuch() {
        Countdown past = Countdown.of(DUE, DUE.plus(Duration.ofHours(2).plusSeconds(3)));
        assertEquals("dépassé de 2 h 00 min 03 s", past.text());
        assertTrue(past.overdue());
        assertEquals("fr-badge--error", past.css());
    }

    @Test
    void theDeadlineItselfIsPastAndFractionsOfSecondsAreDropped() {
        assertEquals("dépassé de 0 h 00 min 00 s", Countdown.of(DUE, DUE).text());
        assertEquals("reste 0 h 00 min 00 s", Countdown.of(DUE, DUE.minusMillis(999)).text());
        assertEquals("dépassé de 0 h 00 min 00 s", Countdown.of(DUE, DUE.plusMillis(999)).text());
    }

    @Test
    void moreThanTwoDaysStayInHours() {
        assertEquals("reste 72 h 00 min 00 s", Countdown.of(DUE, DUE.minus(Duration.ofDays(3))).text());
    }
}
