package fr.imprimfip.lre;

import java.time.OffsetDateTime;

/**
 * The letter as its recipient sees it once identified. {@code sender} is null while hidden: a PARTICULIER learns who
 * sends the letter only after accepting it. {@code decidedAt} is null until accepted or refused.
 */
public record RecipientLetterView(State state, OffsetDateTime deadline, String recipientName, String sender,
                                  OffsetDateTime notifiedAt, OffsetDateTime decidedAt, boolean downloadable) {

    /** The recipient's side of the letter. */
    public enum State { AWAITING_DECISION, ACCEPTED, REFUSED, NEGLECTED }
}
