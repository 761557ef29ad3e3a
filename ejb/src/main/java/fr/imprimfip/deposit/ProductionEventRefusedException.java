package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** A production or delivery event that does not fit where the letter stands (out of order, not registered mail). */
@ApplicationException(rollback = true)
public class ProductionEventRefusedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public ProductionEventRefusedException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
