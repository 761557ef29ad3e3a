package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.ConventionReviews;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.Purges;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.it.TestPartners;

/**
 * The runs that destroy or end something never run "as of" a time still to come, and a purge destroys only after a
 * dry run of the same parameters, less than a day old. Before, one typo in {@code asOf} purged every deposit,
 * letters waiting for print included, and a review as of a later day ended conventions early with their e-mails.
 */
@ExtendWith(ArquillianExtension.class)
class DestructiveRunsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aPurgeAsOfTheFutureIsRefusedAndDestroysNothing() throws Exception {
        String admin = Keycloak.adminToken();
        String rejected = rejectedDeposit();
        Instant afterItsExpiry = Instant.parse(api.getAs("/admin/deposits/" + rejected, admin).json()
                .getString("contentExpiresAt")).plusSeconds(60);

        JsonObject dry = Purges.dryRun(api, afterItsExpiry);
        assertEquals("COMPLETED", dry.getString("batchStatus"), "a dry run may look ahead: " + dry);
        ApiClient.Answer refused = api.postJson("/admin/retention-runs", admin, "{\"asOf\": \"" + afterItsExpiry
                + "\", \"followsDryRun\": " + dry.getJsonNumber("executionId") + "}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("urn:imprimfip:problem:invalid-request", refused.json().getString("type"));
        assertTrue(refused.json().getString("detail").contains("date future"), refused.body());
        AuditProbe.assertRefusalAudited(api, refused, "date future");

        ApiClient.Answer farFuture = api.postJson("/admin/retention-runs", admin, "{\"asOf\": \"2100-01-01T00:00:00Z\"}");
        assertEquals(400, farFuture.status(), farFuture.body());
        assertTrue(api.getAs("/admin/deposits/" + rejected, admin).json().getBoolean("contentStored"),
                "nothing destroyed");
    }

    @Test
    void aRealPurgeFollowsADryRunOfTheSameParametersLessThanADayOld() throws Exception {
        String admin = Keycloak.adminToken();
        ApiClient.Answer alone = api.postJson("/admin/retention-runs", admin, "{}");
        assertEquals(400, alone.status(), alone.body());
        assertTrue(alone.json().getString("detail").contains("essai à blanc"), alone.body());
        AuditProbe.assertRefusalAudited(api, alone, "essai à blanc");

        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        JsonObject dry = Purges.dryRun(api, anHourAgo);
        ApiClient.Answer otherAsOf = api.postJson("/admin/retention-runs", admin, "{\"asOf\": \""
                + anHourAgo.minusSeconds(1) + "\", \"followsDryRun\": " + dry.getJsonNumber("executionId") + "}");
        assertEquals(400, otherAsOf.status(), "the dry run was of another instant: " + otherAsOf.body());
        ApiClient.Answer notADryRun = api.postJson("/admin/retention-runs", admin, "{\"asOf\": \"" + anHourAgo
                + "\", \"followsDryRun\": 999999999}");
        assertEquals(400, notADryRun.status(), notADryRun.body());

        JsonObject real = Purges.following(api, dry, anHourAgo);
        assertEquals("COMPLETED", real.getString("batchStatus"), real.toString());
        ApiClient.Answer followsARealRun = api.postJson("/admin/retention-runs", admin, "{\"asOf\": \"" + anHourAgo
                + "\", \"followsDryRun\": " + real.getJsonNumber("executionId") + "}");
        assertEquals(400, followsARealRun.status(), followsARealRun.body());

        JsonObject now = await(api.postJson("/admin/retention-runs", admin, "{\"dryRun\": true}"));
        try (ServerClock tomorrow = ServerClock.ofTestServer().movedTo(Instant.now().plus(Duration.ofHours(25)))) {
            ApiClient.Answer stale = api.postJson("/admin/retention-runs", admin, "{\"followsDryRun\": "
                    + now.getJsonNumber("executionId") + "}");
            assertEquals(400, stale.status(), stale.body());
            assertTrue(stale.json().getString("detail").contains("24 h"), stale.body());
        }
    }

    @Test
    void aReviewOfADayToComeIsRefusedAndItsDryRunTellsWhatItWouldDo() {
        String admin = Keycloak.adminToken();
        String partner = TestPartners.underTerminationNotice(api, admin, "fin");
        LocalDate end = LocalDate.now(PARIS).plusMonths(2);

        ApiClient.Answer refused = api.postJson("/admin/convention-reviews", admin, "{\"asOf\": \"" + end + "\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("jour à venir"), refused.body());
        AuditProbe.assertRefusalAudited(api, refused, "jour à venir");
        assertEquals("UNDER_TERMINATION_NOTICE", convention(partner, admin).getString("status"), "nothing ended");
        assertTrue(api.getAs("/admin/notifications?partner=" + partner, admin).jsonArray().stream()
                .noneMatch(n -> n.toString().contains("Fin de la convention")), "no notice sent");

        ApiClient.Answer preview = api.postJson("/admin/convention-reviews", admin, "{\"asOf\": \"" + end
                + "\", \"dryRun\": true}");
        assertEquals(200, preview.status(), preview.body());
        List<JsonObject> ending = preview.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("partner").equals(partner)).toList();
        assertEquals(1, ending.size(), preview.body());
        assertEquals("TERMINATION", ending.get(0).getString("kind"));
        assertEquals(end.toString(), ending.get(0).getString("concerningDate"));
        assertEquals("UNDER_TERMINATION_NOTICE", convention(partner, admin).getString("status"),
                "a dry run ends nothing");

        assertEquals(200, ConventionReviews.asOf(api, ServerClock.ofTestServer(), end).status(),
                "once the day has come, its review runs");
        assertEquals("TERMINATED", convention(partner, admin).getString("status"));
    }

    private String rejectedDeposit() throws InterruptedException {
        String partner = Keycloak.otherPartnerToken();
        String rejected = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "rebut.pdf", "application/pdf", "rebut".getBytes(StandardCharsets.UTF_8))
                .json("jsonParameters", ApiClient.v1Parameters("rebut.pdf"))).json().getString("internalRef");
        api.awaitAnalysed(partner, rejected);
        return rejected;
    }

    private JsonObject convention(String id, String admin) {
        return api.getAs("/admin/partners/" + id, admin).json();
    }

    private JsonObject await(ApiClient.Answer started) throws InterruptedException {
        assertEquals(202, started.status(), started.body());
        return api.awaitJob("/admin/retention-runs", started.json().getJsonNumber("executionId").longValue(),
                Keycloak.adminToken());
    }
}
