package fr.imprimfip.deposit;

/** A file was received and recorded "En cours de soumission", in the transaction that records it. */
public record FileReceived(long depositId) {
}
