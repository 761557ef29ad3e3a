package fr.imprimfip.lre;

import jakarta.ejb.ApplicationException;

/** The recipient may not decide (accept, refuse) or download now: already decided, too late, or not accepted. */
@ApplicationException(rollback = true)
public class DecisionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: the letter was already accepted or refused, its deadline passed, or it was not accepted (download). */
    public enum Reason { ALREADY_DECIDED, DEADLINE_PASSED, NOT_ACCEPTED, CONTENT_GONE }

    private final Reason reason;

    public DecisionRefusedException(Reason reason) {
        super("decision refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
