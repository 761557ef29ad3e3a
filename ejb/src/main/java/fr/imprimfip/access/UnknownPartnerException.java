package fr.imprimfip.access;

import jakarta.ejb.ApplicationException;

/** The caller's technical identifier is not registered, or its partner may not use the service. */
@ApplicationException(rollback = true)
public class UnknownPartnerException extends RuntimeException {

    public UnknownPartnerException(String reason) {
        super(reason);
    }
}
