package fr.imprimfip.production;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No print lot (or no letter in it) answers to the reference given. */
@ApplicationException(rollback = true)
public class PrintLotNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public PrintLotNotFoundException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
