package fr.imprimfip.billing;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** An issued statement never changes: it cannot be issued again. */
@ApplicationException(rollback = true)
public class StatementIssuedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public StatementIssuedException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
