package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** An Idempotency-Key that cannot be honoured: still in flight, or used before with another request. */
@ApplicationException(rollback = true)
public class IdempotencyConflictException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    private final boolean inFlight;

    public IdempotencyConflictException(boolean inFlight) {
        super(inFlight ? new RefusalText("Réessayez une fois la première requête terminée.",
                        "Retry once the first request is over.")
                        : new RefusalText("Cette Idempotency-Key a déjà servi pour une requête différente.",
                        "This Idempotency-Key was used for a different request."),
                inFlight ? "idempotency-key-in-flight" : "idempotency-key-reused");
        this.inFlight = inFlight;
    }

    public boolean inFlight() {
        return inFlight;
    }
}
