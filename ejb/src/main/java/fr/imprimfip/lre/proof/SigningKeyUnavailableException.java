package fr.imprimfip.lre.proof;

/** The platform's signing key cannot be read: no proof can be issued until the operator fixes its key store. */
public class SigningKeyUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    SigningKeyUnavailableException(String message) {
        super(message);
    }

    SigningKeyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
