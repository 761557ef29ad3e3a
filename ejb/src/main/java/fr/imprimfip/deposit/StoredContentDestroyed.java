package fr.imprimfip.deposit;

/**
 * A deposit's stored files were destroyed (its retention ended, or on the controller's instruction), in the
 * transaction that destroys them: what was kept about the letter's recipient beside them goes too.
 */
public record StoredContentDestroyed(long depositId) {
}
