package fr.imprimfip.access;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.AccessRefusedException;
import fr.imprimfip.shared.RefusalText;

/** The partner's rights for the period do not cover the call: habilitation, attestation or operation. */
@ApplicationException(rollback = true)
public class RightsRefusedException extends AccessRefusedException {

    private static final long serialVersionUID = 1L;

    public RightsRefusedException(String french, String english) {
        super("rights-refused", new RefusalText(french, english));
    }
}
