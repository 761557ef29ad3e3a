package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

/** The deposit has no document at this position. */
@ApplicationException(rollback = true)
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(int position) {
        super("No document at position " + position);
    }
}
