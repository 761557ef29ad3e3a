package fr.imprimfip.lre;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** A link the recipient followed leads nowhere: unknown, expired or already used. */
@ApplicationException(rollback = true)
public class LinkRefusedException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    /** Why the link is refused; EXPIRED and USED links of a known letter may ask for a new link. */
    public enum Reason { UNKNOWN, EXPIRED, USED }

    private final Reason reason;

    public LinkRefusedException(Reason reason) {
        super(switch (reason) {
            case UNKNOWN -> new RefusalText("Ce lien ne mène à aucune lettre.", "This link leads to no letter.");
            case EXPIRED -> new RefusalText("Ce lien a expiré.", "This link has expired.");
            case USED -> new RefusalText("Ce lien a déjà servi.", "This link was already used.");
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
