package fr.imprimfip.billing;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** A draft computed before its year's tariff was last revised cannot be issued: the year must be billed again. */
@ApplicationException(rollback = true)
public class StatementOutdatedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public StatementOutdatedException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
