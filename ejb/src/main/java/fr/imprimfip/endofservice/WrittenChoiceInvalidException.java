package fr.imprimfip.endofservice;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.InvalidInputException;

/** The partner's written choice as recorded is incomplete or too long (400). */
@ApplicationException(rollback = true)
public class WrittenChoiceInvalidException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public WrittenChoiceInvalidException(String french, String english) {
        super(french, english);
    }
}
