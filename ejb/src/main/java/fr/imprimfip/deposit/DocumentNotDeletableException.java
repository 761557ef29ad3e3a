package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** A document can be deleted only while it waits for production; the message says why it cannot. */
@ApplicationException(rollback = true)
public class DocumentNotDeletableException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public DocumentNotDeletableException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
