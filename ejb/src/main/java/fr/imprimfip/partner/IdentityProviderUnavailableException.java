package fr.imprimfip.partner;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.DependencyUnavailableException;
import fr.imprimfip.shared.RefusalText;

/** The identity provider (Keycloak) could not register or change an OAuth client; nothing was recorded. */
@ApplicationException(rollback = true)
public class IdentityProviderUnavailableException extends DependencyUnavailableException {

    private static final long serialVersionUID = 1L;

    private static final RefusalText RETRY = new RefusalText(
            "Keycloak n'a pas pu enregistrer le client ; rien n'a été modifié, réessayez.",
            "Keycloak could not register the client; nothing was changed, try again.");

    /** {@code detail}, for the node's log, says what failed; the caller reads only that nothing changed. */
    public IdentityProviderUnavailableException(String detail) {
        this(detail, null);
    }

    public IdentityProviderUnavailableException(String detail, Throwable cause) {
        super("identity-provider-unavailable", RETRY, detail, cause);
    }
}
