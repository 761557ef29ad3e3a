package fr.imprimfip.shared;

import jakarta.ejb.ApplicationException;

/**
 * A value refused by the rule of the domain it belongs to (a window ending before it starts, a quota of zero, a
 * malformed address range), with a message written for the person who typed it.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
