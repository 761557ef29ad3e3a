package fr.imprimfip.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;

class ParisTimeTest {

    @Test
    void aTypedDayAndTimeIsOfParis() {
        assertEquals(Instant.parse("2026-01-15T08:30:00Z"), ParisTime.parse("2026-01-15T09:30", "Le"));
        assertEquals(Instant.parse("2026-07-15T07:30:00Z"), ParisTime.parse("2026-07-15T09:30", "Le"),
                "summer time");
        assertEquals(Instant.parse("2026-07-14T22:00:00Z"), ParisTime.startOfDay("2026-07-15", "Du"));
    }

    @Test
    void blankIsNoInstantAndNonsenseIsRefusedInFrench() {
        assertNull(ParisTime.parse(" ", "Le"));
        assertNull(ParisTime.startOfDay(null, "Du"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ParisTime.parse("demain", "Détecté le"));
        assertEquals("Détecté le : une date et une heure, par exemple 2026-11-27T09:30.", refused.getMessage());
    }

    @Test
    void anInstantIsShownToTheMinuteForTheField() {
        assertEquals("2026-01-15T09:30", ParisTime.field(Instant.parse("2026-01-15T08:30:59Z")));
    }
}
