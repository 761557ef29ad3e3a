package fr.imprimfip.client;

/** An event that must not be trusted: answer it with a 4xx status and ignore it. */
public class WebhookVerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WebhookVerificationException(String message) {
        super(message);
    }
}
