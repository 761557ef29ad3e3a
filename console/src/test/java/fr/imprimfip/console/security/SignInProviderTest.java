package fr.imprimfip.console.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInProviderTest {

    private final SignInProvider provider = new SignInProvider();

    {
        provider.providerUrl = "https://sso.example.gouv.fr:8443/realms/imprimfip";
        provider.clientId = "imprimfip-staff-console";
    }

    @Test
    void theEndSessionAddressNamesTheClientTheTokenAndTheReturn() {
        assertEquals("https://sso.example.gouv.fr:8443/realms/imprimfip/protocol/openid-connect/logout"
                        + "?client_id=imprimfip-staff-console"
                        + "&post_logout_redirect_uri=https%3A%2F%2Flocalhost%3A8443%2Fconsole%2F&id_token_hint=a.b.c",
                provider.endSession("a.b.c", "https://localhost:8443/console/").toString());
    }

    @Test
    void theOriginIsSchemeHostAndPort() {
        assertEquals("https://sso.example.gouv.fr:8443", provider.origin());
    }
}
