package fr.imprimfip.webhook;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** The subscription is not in a state that allows the request (a ping or replay to a paused webhook). */
public class WebhookStateException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public WebhookStateException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
