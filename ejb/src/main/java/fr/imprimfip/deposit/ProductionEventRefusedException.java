package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

/** A production or delivery event that does not fit where the letter stands (out of order, not registered mail). */
@ApplicationException(rollback = true)
public class ProductionEventRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProductionEventRefusedException(String message) {
        super(message);
    }
}
