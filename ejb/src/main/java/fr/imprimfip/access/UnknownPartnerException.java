package fr.imprimfip.access;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.AccessRefusedException;
import fr.imprimfip.shared.RefusalText;

/** The caller's technical identifier is not registered, or its partner may not use the service. */
@ApplicationException(rollback = true)
public class UnknownPartnerException extends AccessRefusedException {

    private static final long serialVersionUID = 1L;

    public UnknownPartnerException(String french, String english) {
        super("unknown-partner", new RefusalText(french, english));
    }
}
