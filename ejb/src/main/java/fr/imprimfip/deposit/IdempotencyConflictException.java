package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

/** An Idempotency-Key that cannot be honoured: still in flight, or used before with another request. */
@ApplicationException(rollback = true)
public class IdempotencyConflictException extends RuntimeException {

    private final boolean inFlight;

    public IdempotencyConflictException(boolean inFlight) {
        super(inFlight ? "A request with this Idempotency-Key is still being processed"
                : "This Idempotency-Key was used with another request");
        this.inFlight = inFlight;
    }

    public boolean inFlight() {
        return inFlight;
    }
}
