package fr.imprimfip.lre;

import java.time.Instant;
import java.util.List;

/**
 * An electronic registered letter as administrators see it: its deposit's reference and document position, its
 * state and dates, the address masked, and its e-mails' attempts (errors with addresses masked). No name, no
 * address in clear, no link or code.
 */
public record LetterFacts(long id, String internalRef, int position, LetterState state, String maskedEmail,
                          Instant takenAt, Instant notifiedAt, Instant deadline, Instant remindedAt, Instant decidedAt,
                          Instant failedAt, String failure, List<Message> messages) {

    /** One e-mail of the letter. */
    public record Message(MessageKind kind, LreMessage.State state, int attempts, String lastError, Instant createdAt,
                          Instant nextAttemptAt, Instant sentAt) {
    }
}
