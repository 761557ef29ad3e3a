package fr.imprimfip.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.imprimfip.shared.InvalidInputException;

class FileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "lettre\r\n.pdf", "lettre\u0000.pdf", "a/b.pdf", "a\\b.pdf", "a\"b.pdf",
        "\u0085suite.pdf"})
    void aNameThatIsNoPlainFileNameIsRefused(String name) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> FileNames.require(name, "annexes[].filename"));
        assertEquals(true, refused.getMessage().contains("annexes[].filename"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 300, 10_000})
    void aNameLongerThanItsColumnIsRefused(int length) {
        assertThrows(InvalidInputException.class, () -> FileNames.require("a".repeat(length - 4) + ".pdf", "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"avis d'impôt 2026.pdf", "Relevé (copie).pdf", "notice.pdf"})
    void anOrdinaryNameIsKept(String name) {
        assertEquals(name, FileNames.require(name, "filename"));
    }

    @org.junit.jupiter.api.Test
    void aNameOfExactly255CharactersFits() {
        String name = "a".repeat(251) + ".pdf";
        assertEquals(name, FileNames.require(name, "filename"));
    }
}
