package fr.imprimfip.web.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.SendingType;
import fr.imprimfip.incident.IncidentPhase;
import fr.imprimfip.shared.InvalidInputException;

class RequestFieldsTest {

    @Test
    void enumValuesAreListedFromTheEnum() {
        assertEquals("STD, LRE ou LRAR", RequestFields.oneOf(SendingType.class));
        assertEquals(SendingType.LRE, RequestFields.enumValue(SendingType.class, "LRE", "sendingType"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> RequestFields.enumValue(SendingType.class, "FAX", "sendingType"));
        assertEquals("sendingType vaut STD, LRE ou LRAR.", refused.getMessage());
    }

    @Test
    void aRequestMayAcceptFewerConstantsThanItsEnumHas() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> RequestFields.enumValue(
                "CLOSED", "phase", IncidentPhase.INVESTIGATION, IncidentPhase.TREATMENT));
        assertEquals("phase vaut INVESTIGATION ou TREATMENT.", refused.getMessage());
        assertThrows(InvalidInputException.class, () -> RequestFields.enumValue(SendingType.class, null, "x"));
    }

    @Test
    void aMemberSetToNullIsPresent() {
        assertTrue(RequestFields.present(json("{\"callsPerMinute\": null}"), "callsPerMinute"));
        assertFalse(RequestFields.present(json("{}"), "callsPerMinute"));
        assertFalse(RequestFields.present(null, "callsPerMinute"));
    }

    @Test
    void eachWrongFieldIsNamed() {
        JsonObject body = json("{\"n\": 1.5, \"flag\": \"yes\", \"day\": \"27/11/2026\", \"list\": [1]}");
        assertEquals("Le champ n est un entier.", refusal(() -> RequestFields.integer(body, "n")));
        assertEquals("Le champ flag vaut true ou false.", refusal(() -> RequestFields.bool(body, "flag")));
        assertEquals("day est une date AAAA-MM-JJ.", refusal(() -> RequestFields.date(body, "day", true)));
        assertEquals("Le champ list est une liste de textes.", refusal(() -> RequestFields.texts(body, "list")));
        assertEquals("Le champ name est obligatoire.", refusal(() -> RequestFields.text(body, "name", true)));
        assertEquals("at est faux.", refusal(() -> RequestFields.instant("demain", "at", " est faux.")));
    }

    private static String refusal(Runnable read) {
        return assertThrows(InvalidInputException.class, read::run).getMessage();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
