package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.LocalDate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * A partner's rights for the period: a habilitation for the environment called, allowing the operation, and a
 * valid security attestation. Each missing right is refused with its own reason (v1 code 920008). This test
 * changes the other demo partner's rights for its duration and gives them back.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerRightsIT {

    private static final String FULL = "{\"validFrom\":\"2020-01-01\",\"validUntil\":null,\"deposit\":true,"
            + "\"read\":true}";

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void eachMissingRightIsRefusedWithItsReason() {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.otherPartnerToken();
        String yesterday = LocalDate.now().minusDays(2).toString();
        try {
            assertEquals(200, put(admin, "/habilitations/PRODUCTION", "{\"validFrom\":\"2020-01-01\","
                    + "\"validUntil\":null,\"deposit\":false,\"read\":true}").status());
            assertEquals(200, api.getAs("/api/v2/deposits", partner).status(), "reading is allowed");
            ApiClient.Answer deposit = api.submitPdf(partner, "interdit.pdf", LetterPdfs.conformingLetter(1));
            assertEquals(403, deposit.status(), deposit.body());
            assertEquals(920008, deposit.json().getJsonObject("erreur").getInt("code"));
            assertTrue(deposit.json().getJsonObject("erreur").getString("message").contains("dépôt"));
            AuditProbe.assertRefusalAudited(api, deposit, "dépôt");

            assertEquals(200, put(admin, "/habilitations/PRODUCTION", "{\"validFrom\":\"2020-01-01\","
                    + "\"validUntil\":\"" + yesterday + "\",\"deposit\":true,\"read\":true}").status());
            ApiClient.Answer expired = api.getAs("/api/v2/deposits", partner);
            assertEquals(403, expired.status());
            assertEquals("urn:imprimfip:problem:rights-refused", expired.json().getString("type"));
            assertTrue(expired.json().getString("detail").contains("habilitation"), expired.body());
            AuditProbe.assertRefusalAudited(api, expired, "habilitation");

            assertEquals(200, put(admin, "/habilitations/PRODUCTION", FULL).status());
            assertEquals(200, put(admin, "/security-attestation", "{\"validUntil\":\"" + yesterday + "\"}").status());
            ApiClient.Answer unattested = api.getAs("/api/v2/deposits", partner);
            assertEquals(403, unattested.status());
            assertTrue(unattested.json().getString("detail").contains("attestation"), unattested.body());
            AuditProbe.assertRefusalAudited(api, unattested, "attestation");

            assertEquals(400, put(admin, "/habilitations/ELSEWHERE", FULL).status());
            assertEquals(400, put(admin, "/habilitations/PRODUCTION", "{\"validFrom\":\"2026-01-01\","
                    + "\"validUntil\":\"2025-01-01\",\"deposit\":true,\"read\":true}").status());
        } finally {
            assertEquals(200, put(admin, "/habilitations/PRODUCTION", FULL).status());
            assertEquals(200, put(admin, "/security-attestation", "{\"validUntil\":\"2099-12-31\"}").status());
        }
        assertEquals(200, api.getAs("/api/v2/deposits", partner).status(), "rights given back");
    }

    @Test
    void aSuspendedPartnerIsRefusedUntilResumed() {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.otherPartnerToken();
        assertEquals(409, post(admin, "/resumption", "{\"reason\": \"rien à reprendre\"}").status(),
                "resuming a partner that is not suspended contradicts its state");
        assertEquals(400, post(admin, "/suspension", "{\"reason\": \"\"}").status(), "a suspension has a reason");
        try {
            ApiClient.Answer suspended = post(admin, "/suspension", "{\"reason\": \"Convention en cours de révision\"}");
            assertEquals(200, suspended.status(), suspended.body());
            assertEquals("SUSPENDED", suspended.json().getString("status"));
            assertEquals("Convention en cours de révision", suspended.json().getString("statusReason"));

            ApiClient.Answer v2 = api.getAs("/api/v2/deposits", partner);
            assertEquals(403, v2.status(), v2.body());
            assertEquals("urn:imprimfip:problem:rights-refused", v2.json().getString("type"));
            assertTrue(v2.json().getString("detail").contains("suspendu"), v2.body());
            assertFalse(v2.body().contains("révision"), "the administrators' reason stays theirs");
            AuditProbe.assertRefusalAudited(api, v2, "suspendu");
            ApiClient.Answer v1 = api.status(partner, "courrier_11272026101500-ABC123@demo-partner-b.pdf");
            assertEquals(403, v1.status());
            assertEquals(920008, v1.json().getJsonObject("erreur").getInt("code"));
            assertEquals(200, api.getAs("/api/v2/deposits", Keycloak.demoPartnerToken()).status(),
                    "another partner is not concerned");
        } finally {
            assertEquals(200, post(admin, "/resumption", "{\"reason\": \"Révision terminée\"}").status());
        }
        assertEquals(200, api.getAs("/api/v2/deposits", partner).status(), "served again once resumed");
    }

    private ApiClient.Answer post(String admin, String path, String json) {
        return api.send(api.request("/admin/partners/demo-partner-b" + path, admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private ApiClient.Answer put(String admin, String path, String json) {
        return api.send(api.request("/admin/partners/demo-partner-b" + path, admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
