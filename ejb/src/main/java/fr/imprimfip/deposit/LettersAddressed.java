package fr.imprimfip.deposit;

import java.util.List;

/**
 * The letters of a standard (not registered) file were read by its analysis, in the transaction that records them:
 * what keeps personal data about recipients (the person index) learns of each letter's window lines, its
 * recipient's name and address as printed, which the platform keeps nowhere else but in the sealed file.
 */
public record LettersAddressed(long depositId, long partnerId, List<List<String>> windows) {
}
