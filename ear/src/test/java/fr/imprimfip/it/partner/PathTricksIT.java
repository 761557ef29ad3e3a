package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.PathDisguises;
import fr.imprimfip.it.Platform;

/**
 * A path that the container and JAX-RS could read two ways (path parameters, encoded separators, dot segments,
 * another case) is refused on every door before any other check, with or without a client certificate, in the
 * door's format, and the refusal is in the audit trail under the door's actor. Before, {@code /editique;x=1/...}
 * skipped the certificate binding and {@code /api;x=1/...} the quota.
 */
@ExtendWith(ArquillianExtension.class)
class PathTricksIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void thePrintCentreDoor() {
        assertRefusedEverywhere("/editique/lots/L-0000001/print-file", Keycloak.printCentreToken(), false);
    }

    @Test
    void theV1PartnerDoor() {
        assertRefusedEverywhere("/api/v1/file/courrier_11272026101500-ABC123@demo-partner.pdf/status",
                Keycloak.demoPartnerToken(), true);
    }

    @Test
    void theNativePartnerDoor() {
        assertRefusedEverywhere("/api/v2/deposits", Keycloak.demoPartnerToken(), false);
    }

    @Test
    void theStaffDoors() {
        assertRefusedEverywhere("/admin/audit/verification", Keycloak.adminToken(), false);
        assertRefusedEverywhere("/finance/statements", Keycloak.financeToken(), false);
    }

    @Test
    void theCanonicalPathStillWorks() {
        assertEquals(200, api.getAs("/api/v2/deposits", Keycloak.demoPartnerToken()).status());
        assertEquals(200, api.getAs("/editique/lots", Keycloak.printCentreToken()).status());
        ApiClient.Answer noCertificate = api.presenting("").getAs("/editique/lots", Keycloak.printCentreToken());
        assertEquals(401, noCertificate.status(), "the certificate is still required: " + noCertificate.body());
    }

    private void assertRefusedEverywhere(String path, String token, boolean v1) {
        Map<ApiClient.Answer, String> refused = new LinkedHashMap<>();
        for (String variant : PathDisguises.variants(path)) {
            for (ApiClient client : new ApiClient[] {api, api.presenting("")}) {
                ApiClient.Answer answer = client.send(client.request(variant, token)
                        .header("X-Correlation-ID", UUID.randomUUID().toString()).GET());
                assertEquals(400, answer.status(), variant + ": " + answer.body());
                if (v1) {
                    assertEquals(920001, answer.json().getJsonObject("erreur").getInt("code"), variant);
                } else {
                    assertEquals("urn:imprimfip:problem:non-canonical-path", answer.json().getString("type"),
                            variant);
                }
                refused.put(answer, variant);
            }
        }
        refused.forEach((answer, variant) -> {
            JsonObject event = AuditProbe.assertRefusalAudited(api, answer, "Chemin refusé");
            assertEquals("GET " + variant, event.getString("operation"), "the path as sent: " + event);
            assertEquals("ANONYMOUS", event.getString("actorKind"), "refused before any credential is read: " + event);
        });
    }
}
