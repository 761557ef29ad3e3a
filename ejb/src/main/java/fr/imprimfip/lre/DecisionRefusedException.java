package fr.imprimfip.lre;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** The recipient may not decide (accept, refuse) or download now: already decided, too late, or not accepted. */
@ApplicationException(rollback = true)
public class DecisionRefusedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    /** Why: the letter was already accepted or refused, its deadline passed, or it was not accepted (download). */
    public enum Reason { ALREADY_DECIDED, DEADLINE_PASSED, NOT_ACCEPTED, CONTENT_GONE }

    private final Reason reason;

    public DecisionRefusedException(Reason reason) {
        super(switch (reason) {
            case ALREADY_DECIDED -> new RefusalText("Vous avez déjà répondu à cette lettre.",
                    "You already answered this letter.");
            case DEADLINE_PASSED -> new RefusalText("Le délai pour accepter ou refuser cette lettre est dépassé.",
                    "The time to accept or refuse this letter is over.");
            case NOT_ACCEPTED -> new RefusalText("La lettre ne peut être téléchargée qu'après son acceptation.",
                    "The letter can be downloaded only once accepted.");
            case CONTENT_GONE -> new RefusalText("La lettre n'est plus conservée : sa durée de conservation est"
                    + " écoulée.", "The letter is no longer kept: its retention period is over.");
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
