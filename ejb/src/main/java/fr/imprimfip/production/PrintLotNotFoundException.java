package fr.imprimfip.production;

import jakarta.ejb.ApplicationException;

/** No print lot (or no letter in it) answers to the reference given. */
@ApplicationException(rollback = true)
public class PrintLotNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PrintLotNotFoundException(String message) {
        super(message);
    }
}
