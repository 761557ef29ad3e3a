package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
import fr.imprimfip.it.ServerClock;

/**
 * Security attestations and the daily review of conventions, run as of chosen days: reminders three months, then a
 * week before the end, a notice when it lapses, each issued once; a lapsed attestation stops production calls (not
 * sandbox ones) until a new one is recorded; a questionnaire is valid three years at most.
 */
@ExtendWith(ArquillianExtension.class)
class ConventionReviewIT {

    private static final String FOREVER = "{\"kind\": \"HOMOLOGATION\", \"validUntil\": \"2099-12-31\"}";

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void theReviewRemindsThenNotesTheLapseOnce() {
        String admin = Keycloak.adminToken();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        // an end date of its own, so that the notices of an earlier run on the same database do not count
        LocalDate end = today.plusDays(100 + ThreadLocalRandom.current().nextInt(20_000));
        try {
            ApiClient.Answer recorded = attest(admin, "demo-partner-b", "{\"kind\": \"PROVISIONAL_AUTHORISATION\","
                    + " \"receivedOn\": \"" + today.minusDays(10) + "\", \"validUntil\": \"" + end + "\"}");
            assertEquals(200, recorded.status(), recorded.body());
            JsonObject attestation = recorded.json().getJsonObject("attestation");
            assertEquals("PROVISIONAL_AUTHORISATION", attestation.getString("kind"));
            assertEquals(end.minusMonths(3).toString(), attestation.getString("renewalDueOn"));

            assertEquals(List.of(), noticesOf(review(admin, end.minusMonths(3).minusDays(1)), end));
            assertEquals(List.of("RENEWAL_DUE_3_MONTHS"), noticesOf(review(admin, end.minusMonths(3)), end));
            assertEquals(List.of(), noticesOf(review(admin, end.minusMonths(3)), end), "issued once");
            assertEquals(List.of("RENEWAL_DUE_1_WEEK"), noticesOf(review(admin, end.minusDays(6)), end),
                    "the latest reminder due, the month's being moot by then");
            assertEquals(List.of("ATTESTATION_LAPSED"), noticesOf(review(admin, end.plusDays(1)), end));

            List<JsonObject> notices = api.getAs("/admin/partners/demo-partner-b/notices", admin).jsonArray()
                    .getValuesAs(JsonObject.class).stream()
                    .filter(n -> n.getString("concerningDate").equals(end.toString())).toList();
            assertEquals(List.of("RENEWAL_DUE_3_MONTHS", "RENEWAL_DUE_1_WEEK", "ATTESTATION_LAPSED"),
                    notices.stream().map(n -> n.getString("kind")).toList());
            assertTrue(notices.get(2).getString("message").contains("suspendu"));
            assertEquals(400, api.send(api.request("/admin/convention-reviews", admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"asOf\": \"demain\"}"))).status());
        } finally {
            assertEquals(200, attest(admin, "demo-partner-b", FOREVER).status());
        }
    }

    @Test
    void aLapsedAttestationStopsProductionUntilANewOneIsRecorded() {
        String admin = Keycloak.adminToken();
        String production = Keycloak.demoPartnerToken();
        String sandbox = Keycloak.partnerToken("demo-partner-sandbox");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        try {
            assertEquals(200, attest(admin, "demo-partner", "{\"validUntil\": \"" + today.minusDays(1) + "\"}").status());
            ApiClient.Answer refused = api.getAs("/api/v2/deposits", production);
            assertEquals(403, refused.status(), refused.body());
            assertTrue(refused.json().getString("detail").contains("production est suspendu"), refused.body());
            AuditProbe.assertRefusalAudited(api, refused, "attestation");
            assertEquals(200, api.getAs("/api/v2/deposits", sandbox).status(), "the sandbox stays open");

            assertEquals(400, attest(admin, "demo-partner", "{\"kind\": \"SECURITY_QUESTIONNAIRE\", \"receivedOn\": \""
                    + today + "\", \"validUntil\": \"" + today.plusYears(3).plusDays(1) + "\"}").status(),
                    "a questionnaire is valid three years at most");
            ApiClient.Answer questionnaire = attest(admin, "demo-partner", "{\"kind\": \"SECURITY_QUESTIONNAIRE\","
                    + " \"receivedOn\": \"" + today + "\"}");
            assertEquals(200, questionnaire.status(), questionnaire.body());
            assertEquals(today.plusYears(3).toString(),
                    questionnaire.json().getJsonObject("attestation").getString("validUntil"));
            assertEquals(200, api.getAs("/api/v2/deposits", production).status(), "production open again at once");
        } finally {
            assertEquals(200, attest(admin, "demo-partner", FOREVER).status());
        }
    }

    private ApiClient.Answer attest(String admin, String clientId, String json) {
        return api.send(api.request("/admin/partners/" + clientId + "/security-attestation", admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private ApiClient.Answer review(String admin, LocalDate asOf) {
        ApiClient.Answer answer = ConventionReviews.asOf(api, ServerClock.ofTestServer(), asOf);
        assertEquals(200, answer.status(), answer.body());
        return answer;
    }

    /** The kinds of the notices a review issued to the other demo partner for an attestation ending on {@code end}. */
    private static List<String> noticesOf(ApiClient.Answer review, LocalDate end) {
        return review.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("partner").equals("demo-partner-b"))
                .filter(n -> n.getString("concerningDate").equals(end.toString()))
                .map(n -> n.getString("kind")).toList();
    }
}
