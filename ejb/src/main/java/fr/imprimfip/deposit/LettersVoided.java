package fr.imprimfip.deposit;

/**
 * The analysis of a file refused it after having recorded some of its letters, in the same transaction: whatever
 * was kept about those letters goes with them.
 */
public record LettersVoided(long depositId) {
}
