package fr.imprimfip.endofservice;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No end of service is recorded for this partner, or no archive is there for it to download (404). */
@ApplicationException(rollback = true)
public class EndOfServiceNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public EndOfServiceNotFoundException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
