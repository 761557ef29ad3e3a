package fr.imprimfip.production;

import jakarta.ejb.ApplicationException;

/** An event said to have happened in the future, or before its lot existed. */
@ApplicationException(rollback = true)
public class EventTimeOutOfRangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventTimeOutOfRangeException(String message) {
        super(message);
    }
}
