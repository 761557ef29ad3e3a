package fr.imprimfip.console.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Keycloak realm staff sign in with. The same environment variables (and defaults) as {@code WEB-INF/oidc.json},
 * which the server's OIDC client reads on its own: this side needs them for the sign-out and the page's CSP.
 */
@ApplicationScoped
public class SignInProvider {

    @Inject
    @ConfigProperty(name = "imprimfip.console.oidc.provider-url", defaultValue = "http://127.0.0.1:18080/realms/imprimfip")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "imprimfip.console.oidc.client-id", defaultValue = "imprimfip-staff-console")
    String clientId;

    /** Keycloak's end-session endpoint, ending the staff member's Keycloak session and coming back to {@code returnTo}. */
    public URI endSession(String idToken, String returnTo) {
        StringBuilder url = new StringBuilder(providerUrl).append("/protocol/openid-connect/logout?client_id=")
                .append(encoded(clientId)).append("&post_logout_redirect_uri=").append(encoded(returnTo));
        if (idToken != null) {
            url.append("&id_token_hint=").append(encoded(idToken));
        }
        return URI.create(url.toString());
    }

    /** The provider's origin (scheme, host and port), which the console's forms may be redirected to. */
    public String origin() {
        URI uri = URI.create(providerUrl);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
