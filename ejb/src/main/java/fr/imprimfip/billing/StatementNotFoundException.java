package fr.imprimfip.billing;

import jakarta.ejb.ApplicationException;

/** No statement has this id. */
@ApplicationException(rollback = true)
public class StatementNotFoundException extends RuntimeException {

    public StatementNotFoundException(long id) {
        super("Aucun relevé n° " + id + ".");
    }
}
