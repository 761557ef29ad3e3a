package fr.imprimfip.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The ways a partner or a person writes the same name, address line or e-mail address give the same value. */
class PersonKeyTest {

    @Test
    void aNameIgnoresAccentsCaseCivilityPunctuationAndWordOrder() {
        String printed = PersonKey.NAME.normalise("MADAME CLAIRE MARTIN");
        assertEquals("CLAIRE MARTIN", printed);
        assertEquals(printed, PersonKey.NAME.normalise("  Martin,   Claire "));
        assertEquals(printed, PersonKey.NAME.normalise("Mme Claire MARTIN"));
        assertEquals("ELOISE LAETITIA OEUVRARD", PersonKey.NAME.normalise("Éloïse-Lætitia Œuvrard"));
        assertNotEquals(printed, PersonKey.NAME.normalise("Claire Martine"));
        assertEquals("", PersonKey.NAME.normalise("Madame"), "a civility alone names nobody");
        assertEquals("", PersonKey.NAME.normalise(null));
    }

    @Test
    void aStandardLettersWindowIsIndexedByItsFirstLineAsANameAndTheOthersAsAddressLines() {
        assertEquals(List.of(new PersonIndex.IndexedValue(PersonKey.NAME, "MADAME CLAIRE MARTIN"),
                        new PersonIndex.IndexedValue(PersonKey.ADDRESS_LINE, "8 AVENUE DE LA GARE"),
                        new PersonIndex.IndexedValue(PersonKey.ADDRESS_LINE, "69002 LYON")),
                PersonIndex.windowValues(List.of("MADAME CLAIRE MARTIN", "8 AVENUE DE LA GARE", "69002 LYON")));
        assertEquals(List.of(), PersonIndex.windowValues(List.of()));
        assertEquals(PersonKey.NAME.normalise("Claire Martin"), PersonKey.NAME.normalise("MADAME CLAIRE MARTIN"),
                "a search by name finds the window's first line, civility and all");
    }

    @Test
    void anAddressLineKeepsItsWordOrder() {
        assertEquals("8 AVENUE DE LA GARE", PersonKey.ADDRESS_LINE.normalise("8, avenue de la Gare"));
        assertEquals("69002 LYON", PersonKey.ADDRESS_LINE.normalise("69002  Lyon"));
        assertNotEquals(PersonKey.ADDRESS_LINE.normalise("GARE DE LA AVENUE 8"),
                PersonKey.ADDRESS_LINE.normalise("8 AVENUE DE LA GARE"));
        assertEquals("ALLEE DES CEDRES", PersonKey.ADDRESS_LINE.normalise("Allée des Cèdres"));
    }

    @Test
    void anEmailAddressIsComparedInLowerCaseWithAnAsciiDomain() {
        assertEquals("claire.martin@example.fr", PersonKey.EMAIL.normalise(" Claire.Martin@EXAMPLE.fr "));
        assertEquals("c@xn--bcher-kva.example", PersonKey.EMAIL.normalise("C@bücher.example"));
        assertNotEquals(PersonKey.EMAIL.normalise("claire.martin@example.fr"),
                PersonKey.EMAIL.normalise("clairemartin@example.fr"), "dots count: they may be another mailbox");
    }
}
