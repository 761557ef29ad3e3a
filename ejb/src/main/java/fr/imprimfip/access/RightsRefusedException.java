package fr.imprimfip.access;

import jakarta.ejb.ApplicationException;

/** The partner's rights for the period do not cover the call: habilitation, attestation or operation. */
@ApplicationException(rollback = true)
public class RightsRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RightsRefusedException(String reason) {
        super(reason);
    }
}
