package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AddressBlockTest {

    @Test
    void aNormalisedAddressPasses() {
        assertTrue(new AddressBlock(List.of("MONSIEUR JEAN DUPONT", "BATIMENT B", "12 RUE DES LILAS",
                "75011 PARIS")).check().isEmpty());
        assertTrue(new AddressBlock(List.of("M. ET MME L'HERMITE", "3 BIS, ALLEE DES PINS", "BP 12",
                "13001 MARSEILLE CEDEX 01")).check().isEmpty());
        assertTrue(new AddressBlock(List.of("MRS JANE DOE", "10 HIGH STREET", "LONDON SW1A 1AA", "ROYAUME-UNI"))
                .check().isEmpty());
    }

    @Test
    void blankLinesAreIgnoredAndEachBreachIsNamed() {
        assertTrue(new AddressBlock(List.of("", "MONSIEUR DUPONT", "  ", "1 RUE HAUTE", "75001 PARIS", ""))
                .check().isEmpty());
        assertEquals(List.of(CharterRule.ADDRESS_MISSING), rules(List.of()));
        assertEquals(List.of(CharterRule.ADDRESS_LINE_COUNT), rules(List.of("A", "B", "C", "D", "E", "F",
                "75001 PARIS")));
        assertEquals(List.of(CharterRule.ADDRESS_CHARACTERS), rules(List.of("MADAME CHLOÉ", "1 RUE HAUTE",
                "75001 PARIS")));
        assertEquals(List.of(CharterRule.ADDRESS_CHARACTERS), rules(List.of("Madame Martin", "1 RUE HAUTE",
                "75001 PARIS")));
        assertEquals(List.of(CharterRule.ADDRESS_LAST_LINE), rules(List.of("MADAME MARTIN", "1 RUE HAUTE",
                "7500 PARIS")));
        assertEquals("ligne 2", new AddressBlock(List.of("MADAME MARTIN", "X".repeat(39), "75001 PARIS")).check()
                .get(0).where());
    }

    private static List<CharterRule> rules(List<String> lines) {
        return new AddressBlock(lines).check().stream().map(Finding::rule).toList();
    }
}
