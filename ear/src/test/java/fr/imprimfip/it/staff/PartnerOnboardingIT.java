package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

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
import fr.imprimfip.it.TokenClaims;
import fr.imprimfip.testing.LetterPdfs;

/**
 * A new partner taken from its DataPass subscription to production and to the end of its convention with the admin
 * API alone: its OAuth clients registered in the real Keycloak through its admin API, its application calling the
 * sandbox then production over mutual TLS with its own certificate, production refused until every condition is
 * met, and after the termination notice's two months, no more access.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerOnboardingIT {

    private static final String CERTIFICATE = "onboarding-test";
    private static final String SUBJECT = "CN=onboarding-test,O=Onboarding test administration,C=FR";

    private final ApiClient api = new ApiClient();
    private final ApiClient application = new ApiClient().presenting(CERTIFICATE);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void fromDataPassToProductionThenTermination() {
        String admin = Keycloak.adminToken();
        String id = "onb-" + UUID.randomUUID().toString().substring(0, 8);

        ApiClient.Answer created = api.postJson("/admin/partners", admin, partner(id, "11000000000099"));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/admin/partners/" + id), created.header("Location"));
        assertEquals("ACTIVE", created.json().getString("status"));
        assertEquals(3, created.json().getJsonArray("contacts").size());
        assertEquals("SUCCESS", AuditProbe.eventOf(api, created.correlationId()).getString("outcome"),
                "the administrator's action is in the audit trail");
        assertEquals(409, api.postJson("/admin/partners", admin, partner(id, "11000000000099")).status(),
                "an identifier names one partner");
        assertEquals(400, api.postJson("/admin/partners", admin, "{\"identifier\": \"onb-x" + id.substring(4)
                + "\", \"name\": \"Sans contacts\", \"siret\": \"11000000000098\", \"contacts\": []}").status());
        assertEquals(403, api.postJson("/admin/partners", Keycloak.demoPartnerToken(), partner(id + "x",
                "11000000000097")).status(), "partners do not create partners");

        JsonObject sandbox = put("/admin/partners/" + id + "/habilitations/SANDBOX", admin, habilitation("DP-S-1"));
        assertTrue(sandbox.getJsonArray("habilitations").getJsonObject(0).getBoolean("active"), sandbox.toString());
        put("/admin/partners/" + id + "/ip-ranges", admin, "{\"ranges\": [\"127.0.0.0/8\", \"::1/128\"]}");
        ApiClient.Answer credential = api.postJson("/admin/partners/" + id + "/credentials", admin,
                "{\"environment\": \"SANDBOX\", \"certificateSubject\": \"" + SUBJECT + "\"}");
        assertEquals(200, credential.status(), credential.body());
        assertEquals(id + "-sandbox", credential.json().getString("clientId"));

        String sandboxToken = Keycloak.partnerTokenPresenting(id + "-sandbox", CERTIFICATE);
        TokenClaims.assertOnlyWhatTheApiReads(sandboxToken, "partner");
        ApiClient.Answer deposit = application.send(application.request("/api/v2/deposits?filename=recette.pdf",
                sandboxToken).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
        assertEquals(201, deposit.status(), "the new partner's application deposits in the sandbox: " + deposit.body());

        JsonObject pending = put("/admin/partners/" + id + "/habilitations/PRODUCTION", admin, habilitation("DP-P-1"));
        assertTrue(pending.getJsonArray("habilitations").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("environment").equals("PRODUCTION") && !h.getBoolean("active")
                        && h.getJsonObject("dataPass").getString("number").equals("DP-P-1")), pending.toString());
        ApiClient.Answer refused = activate(id, admin);
        assertEquals(409, refused.status(), refused.body());
        String missing = refused.json().getString("detail");
        assertTrue(missing.contains("attestation") && missing.contains("recette") && missing.contains("maquette"),
                missing);

        ApiClient.Answer acceptance = api.postJson("/admin/partners/" + id + "/acceptance", admin,
                "{\"note\": \"Recette du 27/11 : plis conformes\"}");
        assertEquals(200, acceptance.status(), acceptance.body());
        ApiClient.Answer template = application.send(application.request("/api/v2/letter-templates?name=Avis",
                sandboxToken).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
        assertEquals(201, template.status(), template.body());
        ApiClient.Answer stillRefused = activate(id, admin);
        assertEquals(409, stillRefused.status());
        assertFalse(stillRefused.json().getString("detail").contains("recette"), stillRefused.body());
        assertEquals("VALIDATED", api.postJson("/admin/letter-templates/" + template.json().getJsonNumber("id")
                + "/decision", admin, "{\"decision\": \"VALIDATED\", \"comment\": \"Conforme\"}").json()
                .getString("status"));
        put("/admin/partners/" + id + "/security-attestation", admin, "{\"kind\": \"HOMOLOGATION\", \"receivedOn\": \""
                + today() + "\", \"validUntil\": \"" + today().plusYears(3) + "\"}");
        ApiClient.Answer activated = activate(id, admin);
        assertEquals(200, activated.status(), activated.body());

        assertEquals(id, api.postJson("/admin/partners/" + id + "/credentials", admin,
                "{\"environment\": \"PRODUCTION\", \"certificateSubject\": \"" + SUBJECT + "\"}").json()
                .getString("clientId"));
        String productionToken = Keycloak.partnerTokenPresenting(id, CERTIFICATE);
        assertEquals(200, application.getAs("/api/v2/deposits", productionToken).status(),
                "the new partner's application calls production");
        assertEquals(2, api.getAs("/admin/partners/" + id + "/credentials", admin).jsonArray().size());

        ApiClient.Answer noticeGiven = api.postJson("/admin/partners/" + id + "/termination-notice", admin,
                "{\"reason\": \"Fin du besoin\"}");
        assertEquals(200, noticeGiven.status(), noticeGiven.body());
        JsonObject notice = noticeGiven.json();
        assertEquals("UNDER_TERMINATION_NOTICE", notice.getString("status"));
        assertEquals(today().plusMonths(2).toString(), notice.getJsonObject("termination").getString("terminatesOn"));
        assertEquals(200, application.getAs("/api/v2/deposits", productionToken).status(),
                "the service is kept during the notice");

        review(admin, today().plusMonths(2).minusDays(1));
        assertEquals("UNDER_TERMINATION_NOTICE", convention(id, admin).getString("status"));
        review(admin, today().plusMonths(2));
        JsonObject terminated = convention(id, admin);
        assertEquals("TERMINATED", terminated.getString("status"));
        assertEquals(today().plusMonths(2).plusYears(6).toString(),
                terminated.getJsonObject("termination").getString("habilitationDataKeptUntil"));
        ApiClient.Answer cutOff = application.getAs("/api/v2/deposits", productionToken);
        assertEquals(403, cutOff.status(), "a terminated partner's token opens nothing: " + cutOff.body());
        AuditProbe.assertRefusalAudited(api, cutOff, "pris fin");
        assertThrows(IllegalStateException.class, () -> Keycloak.partnerTokenPresenting(id, CERTIFICATE),
                "its OAuth clients are disabled in Keycloak");
    }

    @Test
    void aCredentialNeedsAnX500SubjectAndAFreeClientId() {
        String admin = Keycloak.adminToken();
        String id = "onb-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("/admin/partners", admin, partner(id, "11000000000096")).status());
        assertEquals(400, api.postJson("/admin/partners/" + id + "/credentials", admin,
                "{\"environment\": \"SANDBOX\", \"certificateSubject\": \"pas un nom\"}").status());
        assertEquals(409, api.postJson("/admin/partners/" + id + "/credentials", admin,
                "{\"environment\": \"PRODUCTION\", \"clientId\": \"demo-partner\", \"certificateSubject\": \""
                        + SUBJECT + "\"}").status(), "another partner's client id");
        assertEquals(409, api.postJson("/admin/partners/" + id + "/credentials", admin,
                "{\"environment\": \"PRODUCTION\", \"clientId\": \"imprimfip-staff-cli\", \"certificateSubject\": \""
                        + SUBJECT + "\"}").status(), "no other client of the realm is taken over");
        assertEquals(0, api.getAs("/admin/partners/" + id + "/credentials", admin).jsonArray().size(),
                "nothing recorded");
        assertEquals(404, api.getAs("/admin/partners/unknown-partner-x/credentials", admin).status());
    }

    @Test
    void aWrongBodyIsRefusedByTheMemberItLacksInTheLanguageAsked() {
        String admin = Keycloak.adminToken();
        String body = "{\"identifier\": \"onb-lang\", \"name\": \"Administration\", \"siret\": \"11000000000095\","
                + " \"contacts\": [{\"role\": \"REQUESTER\", \"name\": \"Anne Martin\"}]}";
        ApiClient.Answer french = api.postJson("/admin/partners", admin, body);
        assertEquals(400, french.status(), french.body());
        assertEquals("Le champ contacts[0].email est obligatoire.", french.json().getString("detail"));
        ApiClient.Answer english = api.send(api.request("/admin/partners", admin)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(400, english.status(), english.body());
        assertEquals("The contacts[0].email field is required.", english.json().getString("detail"));
        ApiClient.Answer quota = api.send(api.request("/admin/partners/onb-lang/call-quota", admin)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"callsPerMinute\": 2.5}")));
        assertEquals(400, quota.status(), quota.body());
        assertEquals("The callsPerMinute field is an integer.", quota.json().getString("detail"));
    }

    private static String partner(String id, String siret) {
        return "{\"identifier\": \"" + id + "\", \"name\": \"Administration " + id + "\", \"siret\": \"" + siret
                + "\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"Anne Martin\", \"email\": \"anne.martin@" + id + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"Paul Durand\", \"email\": \"dpo@" + id + ".invalid\"},"
                + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"Support\", \"email\": \"support@" + id
                + ".invalid\", \"phone\": \"+33 5 56 00 00 00\"}],"
                + " \"recipientServices\": [\"Service des impôts des particuliers\"]}";
    }

    private static String habilitation(String number) {
        return "{\"validFrom\": \"" + today().minusDays(1) + "\", \"validUntil\": null, \"deposit\": true,"
                + " \"read\": true, \"dataPass\": {\"number\": \"" + number + "\", \"legalBasis\": \"CGI art. L. 253\","
                + " \"purpose\": \"Envoi des avis\", \"expectedLettersPerYear\": 120000,"
                + " \"requestedCallsPerMinute\": 500}}";
    }

    private JsonObject put(String path, String token, String json) {
        ApiClient.Answer answer = api.send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(200, answer.status(), path + ": " + answer.body());
        return answer.json();
    }

    private ApiClient.Answer activate(String id, String admin) {
        return api.postJson("/admin/partners/" + id + "/habilitations/PRODUCTION/activation", admin, "{}");
    }

    private JsonObject convention(String id, String admin) {
        return api.getAs("/admin/partners/" + id, admin).json();
    }

    private void review(String admin, LocalDate asOf) {
        ApiClient.Answer answer = ConventionReviews.asOf(api, ServerClock.ofTestServer(), asOf);
        assertEquals(200, answer.status(), answer.body());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
