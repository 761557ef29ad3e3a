package fr.imprimfip.lre.proof;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.DependencyUnavailableException;
import fr.imprimfip.shared.RefusalText;

/**
 * The platform's signing key cannot be read: no proof can be issued until the operator fixes its key store. The
 * caller reads only that it may retry later; what is wrong is in the node's log.
 */
@ApplicationException(rollback = true)
public class SigningKeyUnavailableException extends DependencyUnavailableException {

    private static final long serialVersionUID = 1L;

    private static final RefusalText RETRY = new RefusalText(
            "Les preuves ne peuvent pas être émises pour le moment ; réessayez plus tard.",
            "Proofs cannot be issued for now; try again later.");

    public SigningKeyUnavailableException(String message) {
        this(message, null);
    }

    public SigningKeyUnavailableException(String message, Throwable cause) {
        super("signing-unavailable", RETRY, message, cause);
    }
}
