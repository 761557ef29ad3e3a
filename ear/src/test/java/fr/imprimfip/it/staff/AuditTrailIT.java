package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Every call leaves an audit event — a deposit, a refusal by the container (no token), a refusal by the platform
 * (another partner's reference), a staff action, a batch step — with who, from where, the correlation id, the
 * operation, its target and outcome, and never a token or a letter's content; the trail verifies as intact.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void callsAndJobStepsAreRecordedAndTheTrailVerifies() throws Exception {
        Instant from = Instant.now().minusSeconds(1);
        String partner = Keycloak.demoPartnerToken();
        String admin = Keycloak.adminToken();
        String correlation = UUID.randomUUID().toString();
        ApiClient.Multipart empty = new ApiClient.Multipart().json("jsonParameters", ApiClient.v1Parameters("x.pdf"));
        ApiClient.Answer deposit = api.send(api.request("/api/v1/file/submission", partner)
                .header("X-Correlation-ID", correlation).headers(ApiClient.demoUserHeaders())
                .header("Content-Type", empty.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(empty.bytes())));
        String ref = api.submitPdf(partner, "audit.pdf", LetterPdfs.conformingLetter(1)).json()
                .getString("internalRef");
        assertEquals(404, api.status(Keycloak.otherPartnerToken(), ref).status());
        assertEquals(401, api.get("/api/v2/deposits").status());
        assertEquals(202, api.postJson("/admin/retention-runs", admin, "{\"dryRun\": true}").status());

        // the batch steps are the last events to reach the trail: the export is read again until they are in it
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ApiClient.Answer export;
        do {
            Thread.sleep(250);
            export = api.getAs("/admin/audit/events?from=" + from + "&to=" + Instant.now().plusSeconds(5), admin);
            assertEquals(200, export.status(), export.body());
        } while (!export.body().contains("\"operation\":\"batch retention-purge/") && System.nanoTime() < deadline);
        assertFalse(export.body().contains(partner) || export.body().contains("Bearer"), "no token in the trail");
        assertFalse(export.body().contains("MADAME CLAIRE MARTIN"), "no address in the trail");
        List<JsonObject> events = export.body().lines()
                .map(line -> Json.createReader(new StringReader(line)).readObject()).toList();

        JsonObject refused = events.stream().filter(e -> correlation.equals(e.getString("correlationId", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + correlation + ": " + deposit));
        assertEquals("PARTNER", refused.getString("actorKind"));
        assertEquals("demo-partner", refused.getString("actor"));
        assertEquals("REFUSED", refused.getString("outcome"));
        assertEquals(400, refused.getInt("status"));
        assertTrue(refused.getString("ip").equals("127.0.0.1") || refused.getString("ip").contains(":"));

        JsonObject submitted = events.stream().filter(e -> ref.equals(e.getString("target", null))
                && e.getString("operation").contains("submit")).findFirst().orElseThrow();
        assertEquals("SUCCESS", submitted.getString("outcome"));

        JsonObject probing = events.stream().filter(e -> ref.equals(e.getString("target", null))
                && "demo-partner-b".equals(e.getString("actor"))).findFirst().orElseThrow();
        assertEquals(404, probing.getInt("status"));
        assertTrue(probing.getString("reason").contains("Aucun fichier"), probing.toString());

        assertTrue(events.stream().anyMatch(e -> "ANONYMOUS".equals(e.getString("actorKind"))
                && e.getInt("status", 0) == 401 && e.getString("reason", "").contains("Jeton")), "container refusal");
        assertTrue(events.stream().anyMatch(e -> "STAFF".equals(e.getString("actorKind"))
                && "demo-admin".equals(e.getString("actor")) && e.getString("operation").contains("RetentionRun")));
        assertTrue(events.stream().anyMatch(e -> e.getString("operation").startsWith("batch retention-purge/")
                && "demo-admin".equals(e.getString("actor"))), "batch steps are audited");

        ApiClient.Answer verification = api.postJson("/admin/audit/verification", admin, "");
        assertEquals(200, verification.status(), verification.body());
        assertTrue(verification.json().getBoolean("intact"), verification.body());
        assertTrue(verification.json().getJsonNumber("events").longValue() >= events.size());
        assertEquals(403, api.postJson("/admin/audit/verification", partner, "").status());
        assertEquals(400, api.getAs("/admin/audit/events?from=hier&to=demain", admin).status());
    }
}
