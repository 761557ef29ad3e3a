package fr.imprimfip.lre;

import jakarta.ejb.ApplicationException;

/** The recipient session is unknown or has been idle too long: the recipient follows a link again. */
@ApplicationException(rollback = true)
public class SessionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SessionRefusedException() {
        super("recipient session unknown or expired");
    }
}
