package fr.imprimfip.lre;

import jakarta.ejb.ApplicationException;

/** A link the recipient followed leads nowhere: unknown, expired or already used. */
@ApplicationException(rollback = true)
public class LinkRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the link is refused; EXPIRED and USED links of a known letter may ask for a new link. */
    public enum Reason { UNKNOWN, EXPIRED, USED }

    private final Reason reason;

    public LinkRefusedException(Reason reason) {
        super("link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
