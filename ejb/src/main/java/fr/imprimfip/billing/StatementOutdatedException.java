package fr.imprimfip.billing;

import jakarta.ejb.ApplicationException;

/** A draft computed before its year's tariff was last revised cannot be issued: the year must be billed again. */
@ApplicationException(rollback = true)
public class StatementOutdatedException extends RuntimeException {

    public StatementOutdatedException(String message) {
        super(message);
    }
}
