package fr.imprimfip.partner;

import jakarta.ejb.ApplicationException;

/** The identity provider (Keycloak) could not register or change an OAuth client; nothing was recorded. */
@ApplicationException(rollback = true)
public class IdentityProviderUnavailableException extends RuntimeException {

    public IdentityProviderUnavailableException(String message) {
        super(message);
    }

    public IdentityProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
