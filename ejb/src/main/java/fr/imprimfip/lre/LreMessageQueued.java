package fr.imprimfip.lre;

/** An LRE e-mail was written to the outbox; it is sent once the transaction commits. */
public record LreMessageQueued(long messageId) {
}
