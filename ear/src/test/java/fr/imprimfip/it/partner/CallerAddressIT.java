package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;

/**
 * Each partner calls from the address ranges its convention declares: a call from anywhere else is refused with
 * its own reason (v1 code 920007), whatever the token. This test moves the other demo partner's ranges away from
 * this machine for its duration.
 */
@ExtendWith(ArquillianExtension.class)
class CallerAddressIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aCallFromAnUndeclaredAddressIsRefused() {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.otherPartnerToken();
        assertEquals(List.of("127.0.0.0/8", "::1/128"), api.getAs("/admin/partners/demo-partner-b", admin).json()
                .getJsonArray("ipRanges").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals(400, ranges(admin, "{\"ranges\": [\"localhost\"]}").status(), "a name is not a range");
        assertEquals(400, ranges(admin, "{\"ranges\": [\"10.0.0.0/40\"]}").status());
        assertEquals(200, ranges(admin, "{\"ranges\": [\"192.0.2.0/24\", \"2001:db8::/32\"]}").status());
        try {
            ApiClient.Answer v2 = api.getAs("/api/v2/deposits", partner);
            assertEquals(403, v2.status(), v2.body());
            assertEquals("urn:imprimfip:problem:address-refused", v2.json().getString("type"));
            AuditProbe.assertRefusalAudited(api, v2, "Adresse");
            ApiClient.Answer v1 = api.status(partner, "courrier_11272026101500-ABC123@demo-partner-b.pdf");
            assertEquals(403, v1.status());
            assertEquals(920007, v1.json().getJsonObject("erreur").getInt("code"));
            AuditProbe.assertRefusalAudited(api, v1, "Adresse");
            assertEquals(200, api.getAs("/api/v2/deposits", Keycloak.demoPartnerToken()).status(),
                    "the other partner's ranges are its own");
        } finally {
            assertEquals(200, ranges(admin, "{\"ranges\": [\"127.0.0.0/8\", \"::1/128\"]}").status());
        }
        assertEquals(200, api.getAs("/api/v2/deposits", partner).status());
    }

    private ApiClient.Answer ranges(String admin, String json) {
        return api.send(api.request("/admin/partners/demo-partner-b/ip-ranges", admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
