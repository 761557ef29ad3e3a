package fr.imprimfip.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;

class BreachNoticeTextTest {

    private static final Instant DETECTED = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void categoriesDefaultToWhatThePlatformHoldsAndLaterItemsMayComeInALaterStage() {
        BreachNoticeText first = new BreachNoticeText("  Fuite  ", " ", null, null, "", false);
        assertEquals("Fuite", first.nature());
        assertEquals(BreachNoticeText.PEOPLE, first.peopleCategories());
        assertEquals(BreachNoticeText.RECORDS, first.recordCategories());
        assertNull(first.consequences());
        assertNull(first.measures());
        assertThrows(InvalidInputException.class, () -> new BreachNoticeText("Fuite", null, null, "Hameçonnage",
                null, true), "the final stage says the measures");
        assertThrows(InvalidInputException.class, () -> new BreachNoticeText(" ", null, null, null, null, false));
        assertThrows(InvalidInputException.class,
                () -> new BreachNoticeText("x".repeat(2001), null, null, null, null, false), "fits its column");
    }

    @Test
    void aScopeHasAPeriodAndAtMostOneRecipientPerLetter() {
        assertThrows(InvalidInputException.class, () -> new BreachScope(DETECTED, DETECTED, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new BreachScope(DETECTED.minusSeconds(1), DETECTED, 1, 2, 3));
    }

    @Test
    void csvCellsAreQuotedAndNeverReadAsFormulas() {
        assertEquals("REF-1", BreachNotices.cell("REF-1"));
        assertEquals("'=HYPERLINK(1)", BreachNotices.cell("=HYPERLINK(1)"));
        assertEquals("\"a;b \"\"c\"\"\"", BreachNotices.cell("a;b \"c\""));
        assertEquals("PRODUCTION", BreachNotices.cell(Env.PRODUCTION));
        assertEquals("", BreachNotices.cell(null));
    }

    private enum Env { PRODUCTION }

    @Test
    void thePdfHoldsEveryItemTheAnnexAsksFor() throws IOException {
        SecurityIncident breach = new SecurityIncident("Fuite", DETECTED, true, Set.of(1L),
                DETECTED.plusSeconds(60), "admin");
        BreachNotice notice = breach.notifyBreach(1L, "p1", new BreachNoticeText("Base d'adresses exposée", null,
                null, null, "Accès coupés", false), new BreachScope(DETECTED.minusSeconds(3600), DETECTED, 2, 7, 6),
                "DPO de la DGFiP, dpo@example.invalid", DETECTED.plusSeconds(120), "admin");
        String text;
        try (PDDocument pdf = Loader.loadPDF(BreachNoticePdf.render(notice, "Mairie d'Exemple", "p1"))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Base d'adresses exposée"), text);
        assertTrue(text.contains("6 destinataires distincts"), text);
        assertTrue(text.contains("7 plis dans 2 fichiers"), text);
        assertTrue(text.contains("dpo@example.invalid"), text);
        assertTrue(text.contains("À compléter"), "the consequences come in a later stage: " + text);
        assertTrue(text.contains("29/11/2026 09:00"), "48 hours after the detection, Paris time: " + text);
    }
}
