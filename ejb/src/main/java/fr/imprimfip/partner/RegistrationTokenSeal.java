package fr.imprimfip.partner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
        try {
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            key.cipher().encrypt(new ByteArrayInputStream(registrationToken.getBytes(StandardCharsets.UTF_8)), sealed);
            return Base64.getEncoder().encodeToString(sealed.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String open(String sealed) {
        try (var plain = key.cipher().decrypt(new ByteArrayInputStream(Base64.getDecoder().decode(sealed)))) {
            return new String(plain.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IdentityProviderUnavailableException("Jeton d'enregistrement du client illisible", e);
        }
    }
}
