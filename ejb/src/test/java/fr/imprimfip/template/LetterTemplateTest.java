package fr.imprimfip.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.imprimfip.charter.CharterReport;
import fr.imprimfip.charter.CharterRule;
import fr.imprimfip.charter.Finding;
import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.shared.InvalidInputException;

class LetterTemplateTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final StoredContent CONTENT = new StoredContent("k", 10, "0".repeat(64));

    @Test
    void aConformingTemplateIsValidatedOnceAndForAll() {
        LetterTemplate template = new LetterTemplate(1, "Avis de situation", CONTENT, new CharterCheck(2, 0, 1, "w"), AT);
        assertEquals(TemplateStatus.SUBMITTED, template.status());
        template.validate(null, AT.plusSeconds(60), "admin");
        assertEquals(TemplateStatus.VALIDATED, template.status());
        assertThrows(TemplateDecisionRefusedException.class, () -> template.refuse("trop tard", AT, "admin"));
    }

    @Test
    void aTemplateBreakingTheCharterCanOnlyBeRefusedAndARefusalSaysWhy() {
        LetterTemplate template = new LetterTemplate(1, "Relance", CONTENT, new CharterCheck(1, 2, 0, "e"), AT);
        assertThrows(TemplateDecisionRefusedException.class, () -> template.validate("ok", AT, "admin"));
        assertThrows(InvalidInputException.class, () -> template.refuse(" ", AT, "admin"));
        template.refuse("Adresse hors de la fenêtre", AT, "admin");
        assertEquals(TemplateStatus.REFUSED, template.status());
        assertEquals("Adresse hors de la fenêtre", template.decisionComment());
    }

    @Test
    void aTemplateHasAName() {
        assertThrows(InvalidInputException.class, () -> new LetterTemplate(1, " ", CONTENT, new CharterCheck(1, 0, 0, null), AT));
        assertThrows(InvalidInputException.class,
                () -> new LetterTemplate(1, "a\nb", CONTENT, new CharterCheck(1, 0, 0, null), AT));
    }

    @Test
    void aFileTheCharterRefusesCountsAsOneError() {
        CharterCheck check = CharterCheck.of(CharterReport.refused(Finding.of(CharterRule.NOT_A_PDF)));
        assertEquals(1, check.errors());
        assertTrue(check.findings().contains(CharterRule.NOT_A_PDF.code()), check.findings());
    }
}
