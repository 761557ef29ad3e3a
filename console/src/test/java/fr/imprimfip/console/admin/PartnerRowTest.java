package fr.imprimfip.console.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import fr.imprimfip.console.Badge;
import fr.imprimfip.partner.PartnerStatus;

class PartnerRowTest {

    private final PartnerRow row = new PartnerRow("dgfip-sip-lyon", "Service des impôts de Lyon Étoile",
            "11000201100044", Badge.of(PartnerStatus.ACTIVE));

    @Test
    void searchIgnoresCaseAndAccents() {
        assertTrue(row.matches("etoile"));
        assertTrue(row.matches("IMPÔTS"));
        assertTrue(row.matches(" sip-lyon "));
        assertTrue(row.matches("110002011"));
        assertFalse(row.matches("marseille"));
    }

    @Test
    void noSearchShowsEveryone() {
        assertTrue(row.matches(null));
        assertTrue(row.matches("  "));
    }
}
