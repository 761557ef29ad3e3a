package fr.imprimfip.web.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fr.imprimfip.incident.IncidentPhase;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.SendingType;

class RequestFieldsTest {

    @Test
    void enumValuesAreListedFromTheEnumInBothLanguages() {
        assertEquals("STD ou LRE ou LRAR", RequestFields.oneOf(SendingType.class, "ou"));
        assertEquals(SendingType.LRE, RequestFields.enumValue(SendingType.class, "LRE", "sendingType"));
        RefusalText refused = refusal(() -> RequestFields.enumValue(SendingType.class, "FAX", "sendingType"));
        assertEquals("Le champ sendingType doit valoir STD ou LRE ou LRAR.", refused.french());
        assertEquals("The sendingType field must be STD or LRE or LRAR.", refused.in(Locale.ENGLISH));
    }

    @Test
    void aRequestMayAcceptFewerConstantsThanItsEnumHas() {
        RefusalText refused = refusal(() -> RequestFields.enumValue("CLOSED", "phase", IncidentPhase.INVESTIGATION,
                IncidentPhase.TREATMENT));
        assertEquals("Le champ phase doit valoir INVESTIGATION ou TREATMENT.", refused.french());
        assertEquals("The phase field must be INVESTIGATION or TREATMENT.", refused.english());
        assertThrows(InvalidInputException.class, () -> RequestFields.enumValue(SendingType.class, null, "x"));
    }

    @Test
    void datesAndInstantsKeptAsTextsAreRefusedByName() {
        assertEquals(LocalDate.of(2026, 11, 27), RequestFields.date("2026-11-27", "day"));
        assertNull(RequestFields.date(null, "day"));
        RefusalText day = refusal(() -> RequestFields.date("27/11/2026", "day"));
        assertEquals("day est une date AAAA-MM-JJ.", day.french());
        assertEquals("day is a YYYY-MM-DD date.", day.english());
        assertEquals(Instant.parse("2026-11-27T08:00:00Z"), RequestFields.instant("2026-11-27T08:00:00Z", "at"));
        assertNull(RequestFields.instant(null, "at"));
        RefusalText at = refusal(() -> RequestFields.instant("demain", "at"));
        assertEquals("at est un instant ISO 8601, par exemple 2026-11-27T08:00:00Z.", at.french());
        assertEquals("at is an ISO 8601 instant, for example 2026-11-27T08:00:00Z.", at.english());
    }

    @Test
    void everyRefusalHasItsEnglishText() {
        assertEquals(new RefusalText("Le champ name est obligatoire.", "The name field is required."),
                RequestFields.missing("name").text());
        assertEquals(new RefusalText("Le paramètre year est obligatoire.", "The year parameter is required."),
                RequestFields.missingParameter("year").text());
        assertEquals(new RefusalText("Le corps doit être {\"note\": \"...\"}.", "The body must be {\"note\": \"...\"}."),
                RequestFields.shape("{\"note\": \"...\"}").text());
    }

    private static RefusalText refusal(Runnable read) {
        return assertThrows(InvalidInputException.class, read::run).text();
    }
}
