package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

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

/**
 * A maintenance window announced by an administrator closes the partner doors at once: every partner call gets
 * 503 with Retry-After, in the door's format, before its token is even checked; the health check and the staff
 * doors stay open; cancelling the window reopens the doors.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenanceIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void partnerCallsAreRefusedDuringAnAnnouncedWindowAndServedAgainOnceItIsCancelled() {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.demoPartnerToken();
        assertEquals(400, api.postJson("/admin/maintenance-windows", admin,
                "{\"startsAt\":\"" + Instant.now() + "\",\"endsAt\":\"" + Instant.now().minusSeconds(60)
                        + "\",\"reason\":\"à l'envers\"}").status());
        assertEquals(403, api.postJson("/admin/maintenance-windows", partner, "{}").status());

        Instant end = Instant.now().plusSeconds(120);
        ApiClient.Answer announced = api.postJson("/admin/maintenance-windows", admin, "{\"startsAt\":\""
                + Instant.now().minusSeconds(1) + "\",\"endsAt\":\"" + end + "\",\"reason\":\"Montée de version\","
                + "\"urgency\":\"URGENT\",\"shortNoticeJustification\":\"Correctif de sécurité à appliquer sans délai\"}");
        assertEquals(201, announced.status(), announced.body());
        long id = announced.json().getJsonNumber("id").longValue();
        try {
            ApiClient.Answer v1 = api.status(partner, "courrier_11272026101500-ABC123@demo.pdf");
            assertEquals(503, v1.status(), v1.body());
            assertEquals(920503, v1.json().getJsonObject("erreur").getInt("code"));
            AuditProbe.assertRefusalAudited(api, v1, "maintenance");
            long retryAfter = Long.parseLong(v1.headers().get("retry-after").get(0));
            assertTrue(retryAfter >= 1 && retryAfter <= 120, "until the end of the window: " + retryAfter);

            ApiClient.Answer v2 = api.getAs("/api/v2/deposits", partner);
            assertEquals(503, v2.status());
            assertEquals("urn:imprimfip:problem:maintenance", v2.json().getString("type"));
            assertTrue(v2.headers().get("content-type").get(0).startsWith("application/problem+json"));
            assertEquals(503, api.get("/api/v2/deposits").status(), "maintenance is said before credentials");

            assertEquals(503, api.get("/api/v1/etatSante", ApiClient.v1Headers(partner)).status(),
                    "the health check tells the maintenance");
            assertTrue(api.getAs("/admin/maintenance-windows", admin).jsonArray().getValuesAs(JsonObject.class)
                    .stream().anyMatch(w -> w.getJsonNumber("id").longValue() == id));
            assertEquals(200, api.getAs("/admin/late-letters", admin).status(), "administrators keep working");
        } finally {
            ApiClient.Answer cancelled = api.send(api.request("/admin/maintenance-windows/" + id, admin).DELETE());
            assertEquals(200, cancelled.status(), cancelled.body());
        }
        assertEquals(200, api.getAs("/api/v2/deposits", partner).status(), "open again once cancelled");
        assertEquals(404, api.send(api.request("/admin/maintenance-windows/999999999", admin).DELETE()).status());
    }
}
