package fr.imprimfip.charter;

import java.util.List;
import java.util.Objects;

/**
 * What a registered letter's file must be besides conforming to the charter: one letter only (REC-001); for a
 * paper letter (LRAR), an envelope window that reads the recipient's address registered with it (REC-002), so that
 * the address printed is the address registered. The refusal says on which line the two differ, never what either
 * says. An electronic letter (LRE) has no postal address: its window is not compared.
 *
 * @param recipientLines the registered recipient's address, as it is printed: name, lines 2 to 5, postcode and
 *                       town, country; empty for an electronic letter
 */
public record RegisteredLetter(List<String> recipientLines) {

    public RegisteredLetter {
        recipientLines = List.copyOf(Objects.requireNonNull(recipientLines, "recipientLines"));
    }

    /** An electronic registered letter (LRE): one letter per file, no address to compare. */
    public static RegisteredLetter electronic() {
        return new RegisteredLetter(List.of());
    }

    /** The file holds {@code letters} letters: more than one refuses it. */
    Finding severalLetters(int letters) {
        return Finding.at(CharterRule.REGISTERED_SEVERAL_LETTERS, letters + " courriers");
    }

    /** The letter's window reads {@code window}: its difference from the registered address, if any. */
    List<Finding> compare(AddressBlock window) {
        if (window.lines().isEmpty() || recipientLines.isEmpty()) {
            return List.of();
        }
        return window.firstDifferenceFrom(recipientLines).stream()
                .mapToObj(line -> Finding.at(CharterRule.REGISTERED_ADDRESS_MISMATCH, "ligne " + line))
                .toList();
    }
}
