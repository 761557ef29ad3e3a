package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.Purges;
import fr.imprimfip.it.ServerClock;

/**
 * Security incidents through the admin API: an incident opened on a partner isolates it at once (its calls refused,
 * its data on legal hold), moves forward through its phases, shows the 48-hour deadline of a personal-data breach,
 * and closes only once the breach is notified and on a verification note; expired data on legal hold outlives its
 * retention until the hold is released.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIncidentsIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void anIncidentIsolatesItsPartnerUntilHandled() throws Exception {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.otherPartnerToken();
        String rejected = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "rebut.pdf", "application/pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8))
                .json("jsonParameters", ApiClient.v1Parameters("rebut.pdf"))).json().getString("internalRef");
        api.awaitAnalysed(partner, rejected);
        Instant expiry = Instant.parse(api.getAs("/admin/deposits/" + rejected, admin).json()
                .getString("contentExpiresAt"));
        Instant detected = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        ApiClient.Answer opened = post(admin, "/admin/security-incidents", "{\"summary\": \"Certificat applicatif"
                + " exposé sur un dépôt de code public\", \"detectedAt\": \"" + detected + "\", \"personalDataBreach\":"
                + " true, \"partners\": [\"demo-partner-b\"], \"isolate\": true}");
        assertEquals(201, opened.status(), opened.body());
        JsonObject incident = opened.json();
        String reference = incident.getString("reference");
        try {
            assertEquals("IMMEDIATE_RESPONSE", incident.getString("phase"));
            assertEquals(detected.plus(48, ChronoUnit.HOURS), Instant.parse(incident.getString("breachNotificationDue")));
            assertFalse(incident.getBoolean("breachNotificationOverdue"));
            assertEquals("demo-partner-b", incident.getJsonArray("partners").getString(0));

            ApiClient.Answer refused = api.getAs("/api/v2/deposits", partner);
            assertEquals(403, refused.status(), "cut off at once: " + refused.body());
            assertTrue(refused.json().getString("detail").contains("incident de sécurité"), refused.body());
            AuditProbe.assertRefusalAudited(api, refused, "incident");
            JsonObject convention = api.getAs("/admin/partners/demo-partner-b", admin).json();
            assertEquals("ISOLATED", convention.getString("status"));
            assertFalse(convention.isNull("legalHoldSince"), "logs and data on legal hold");
            assertEquals(200, api.getAs("/api/v2/deposits", Keycloak.demoPartnerToken()).status(),
                    "the other partners are not concerned");
            purgeAsOf(admin, expiry.plusSeconds(1));
            assertTrue(api.getAs("/admin/deposits/" + rejected, admin).json().getBoolean("contentStored"),
                    "expired content on legal hold is kept");

            String path = "/admin/security-incidents/" + reference;
            assertEquals(200, post(admin, path + "/phase", "{\"phase\": \"INVESTIGATION\", \"note\": \"Journaux"
                    + " d'accès exportés\"}").status());
            assertEquals(409, post(admin, path + "/phase", "{\"phase\": \"IMMEDIATE_RESPONSE\", \"note\": \"non\"}")
                    .status(), "phases do not go back");
            assertEquals(409, post(admin, path + "/closure", "{\"verificationNote\": \"RAS\"}").status(),
                    "a breach closes only once notified");
            assertEquals(400, post(admin, path + "/breach-notification", "{\"notifiedAt\": \""
                    + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}").status(), "not in the future");
            assertEquals(200, post(admin, path + "/breach-notification", "{\"notifiedAt\": \""
                    + Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS) + "\"}").status());
            assertEquals(400, post(admin, path + "/closure", "{}").status(), "closure needs a verification note");

            boolean listed = api.getAs("/admin/security-incidents?open=true", admin).jsonArray()
                    .getValuesAs(JsonObject.class).stream().anyMatch(i -> i.getString("reference").equals(reference));
            assertTrue(listed, "open incidents are listed for the review");

            ApiClient.Answer closed = post(admin, path + "/closure", "{\"verificationNote\": \"Certificat révoqué et"
                    + " remplacé, aucun appel frauduleux dans les journaux\"}");
            assertEquals(200, closed.status(), closed.body());
            assertEquals("CLOSED", closed.json().getString("phase"));
            assertEquals(4, closed.json().getJsonArray("steps").size(), "opened, investigation, notified, closed");
            assertEquals(404, api.getAs("/admin/security-incidents/INC-99999", admin).status());
        } finally {
            assertEquals(200, post(admin, "/admin/partners/demo-partner-b/isolation-end",
                    "{\"reason\": \"Incident " + reference + " clos\"}").status());
        }
        assertEquals(200, api.getAs("/api/v2/deposits", partner).status(), "served again once the isolation ends");
        JsonObject convention = api.getAs("/admin/partners/demo-partner-b", admin).json();
        assertFalse(convention.isNull("legalHoldSince"), "the legal hold outlives the isolation");
        ApiClient.Answer released = api.send(api.request("/admin/partners/demo-partner-b/legal-hold", admin).DELETE());
        assertEquals(200, released.status(), released.body());
        assertFalse(released.json().containsKey("legalHoldSince") && !released.json().isNull("legalHoldSince"),
                "the hold is released: " + released.body());
        purgeAsOf(admin, expiry.plusSeconds(1));
        assertFalse(api.getAs("/admin/deposits/" + rejected, admin).json().getBoolean("contentStored"),
                "once the hold is released, the retention rules apply again");
    }

    private void purgeAsOf(String admin, Instant asOf) throws InterruptedException {
        JsonObject run = Purges.asOf(api, ServerClock.ofTestServer(), asOf);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    }

    private ApiClient.Answer post(String admin, String path, String json) {
        return api.send(api.request(path, admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
