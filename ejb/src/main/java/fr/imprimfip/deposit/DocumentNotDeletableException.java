package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

/** A document can be deleted only while it waits for production; the message says why it cannot. */
@ApplicationException(rollback = true)
public class DocumentNotDeletableException extends RuntimeException {

    public DocumentNotDeletableException(String reason) {
        super(reason);
    }
}
