package fr.imprimfip.webhook;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RefusalText;

/** A webhook URL the platform will not call: not https, malformed, or resolving to an address that is not public. */
public class WebhookUrlRefusedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public WebhookUrlRefusedException(String frenchReason, String englishReason) {
        super(new RefusalText("URL de webhook refusée : " + frenchReason + ".",
                "Webhook URL refused: " + englishReason + "."));
    }
}
