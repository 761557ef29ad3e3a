package fr.imprimfip.partner;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.imprimfip.shared.ContentKey;

/**
 * Keycloak's registration access token of a partner's OAuth client (it lets whoever holds it change that client)
 * is kept encrypted with the platform's content key, never in clear.
 */
@ApplicationScoped
public class RegistrationTokenSeal {

    @Inject
    ContentKey key;

    public String seal(String registrationToken) {
        return key.cipher().sealText(registrationToken);
    }

    public String open(String sealed) {
        try {
            return key.cipher().openText(sealed);
        } catch (IOException e) {
            throw new IdentityProviderUnavailableException("Jeton d'enregistrement du client illisible", e);
        }
    }
}
