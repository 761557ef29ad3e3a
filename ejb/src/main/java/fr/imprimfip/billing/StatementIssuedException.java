package fr.imprimfip.billing;

import jakarta.ejb.ApplicationException;

/** An issued statement never changes: it cannot be issued again. */
@ApplicationException(rollback = true)
public class StatementIssuedException extends RuntimeException {

    public StatementIssuedException(String message) {
        super(message);
    }
}
