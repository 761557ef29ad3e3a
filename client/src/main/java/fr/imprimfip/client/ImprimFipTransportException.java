package fr.imprimfip.client;

/** The platform (or its authorization server) could not be reached, or the connection broke: retry later. */
public class ImprimFipTransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImprimFipTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
