package fr.imprimfip.production;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.InvalidInputException;

/** An event said to have happened in the future, or before its lot existed. */
@ApplicationException(rollback = true)
public class EventTimeOutOfRangeException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public EventTimeOutOfRangeException(String french, String english) {
        super(french, english);
    }
}
