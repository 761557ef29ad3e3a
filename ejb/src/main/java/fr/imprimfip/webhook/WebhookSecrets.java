package fr.imprimfip.webhook;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.imprimfip.shared.ContentKey;
import fr.imprimfip.shared.ContentKeyUnavailableException;

/**
 * Subscriptions' signing secrets are kept sealed with the platform's content key, never in clear, and never logged:
 * the partner reads a secret once, in the answer that created it.
 */
@ApplicationScoped
public class WebhookSecrets {

    @Inject
    ContentKey key;

    String seal(String secret) {
        return key.cipher().sealText(secret);
    }

    String open(String sealed) {
        try {
            return key.cipher().openText(sealed);
        } catch (IOException e) {
            throw new ContentKeyUnavailableException("Secret de webhook illisible (" + e.getClass().getSimpleName()
                    + ")");
        }
    }
}
