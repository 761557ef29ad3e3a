package fr.imprimfip.it;

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
        for (String variant : variants(path)) {
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

    /** Whether {@code path} is one of the disguises, which name no operation of the v1 contract. */
    static boolean disguised(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.contains(";") || lower.contains("//") || lower.contains("/./") || lower.contains("/../")
                || lower.contains("%2f") || lower.contains("%3b") || lower.contains("%2e");
    }

    /** {@code path} disguised every way a layer could read differently from another. */
    static List<String> variants(String path) {
        List<String> variants = new ArrayList<>();
        String[] segments = path.substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            String[] copy = segments.clone();
            copy[i] = copy[i] + ";x=1";
            variants.add("/" + String.join("/", copy));
        }
        String first = segments[0];
        String rest = path.substring(first.length() + 1);
        variants.add("/" + first + "%3Bx=1" + rest);
        variants.add("/" + first + "%3bx=1" + rest);
        variants.add("/" + first + "%2F" + rest.substring(1));
        variants.add("/" + first + "/" + rest);
        variants.add("/" + first + "/." + rest);
        variants.add("/" + first + "/x/.." + rest);
        variants.add("/" + first + "/%2E%2E/" + first + rest);
        variants.add("/" + first.toUpperCase() + rest);
        variants.add("/" + Character.toUpperCase(first.charAt(0)) + first.substring(1) + rest);
        variants.add("/%" + Integer.toHexString(first.charAt(0)) + first.substring(1) + rest);
        return variants;
    }
}
