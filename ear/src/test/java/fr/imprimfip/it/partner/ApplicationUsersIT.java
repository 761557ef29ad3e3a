package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.UUID;

import jakarta.json.JsonArray;
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
import fr.imprimfip.testing.LetterPdfs;

/**
 * The v1 {@code username} / {@code password} headers: an administrator declares a partner's application users, the
 * v1 calls are made as one of them, {@code onBehalfOf} must be one of them; wrong, missing, revoked or another
 * partner's users are refused (401, code 920017) and audited, and no password ever reaches an answer or the trail.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationUsersIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void anAdministratorDeclaresAUserWhoCallsUntilRevoked() throws Exception {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.demoPartnerToken();
        String username = "agent." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Un mot de passe " + UUID.randomUUID();

        ApiClient.Answer tooShort = api.send(declare(admin, "demo-partner", username, "court"));
        assertEquals(400, tooShort.status(), tooShort.body());
        ApiClient.Answer declared = api.send(declare(admin, "demo-partner", username, password));
        assertEquals(200, declared.status(), declared.body());
        assertTrue(declared.json().getBoolean("active"));
        assertFalse(declared.body().contains(password) || declared.body().contains("pbkdf2"),
                "neither the password nor its hash is answered");
        JsonArray listed = api.getAs("/admin/partners/demo-partner/application-users", admin).jsonArray();
        assertTrue(listed.getValuesAs(JsonObject.class).stream().anyMatch(u -> u.getString("username").equals(username)));
        assertFalse(listed.toString().contains("pbkdf2"));

        ApiClient.Answer submitted = api.send(submission(partner, username, password, username));
        assertEquals(200, submitted.status(), submitted.body());
        String ref = submitted.json().getString("internalRef");
        assertEquals(username, submitted.json().getString("onBehalfOf"));
        assertTrue(ref.endsWith("@" + username + ".pdf"), ref);
        assertEquals(200, api.get("/api/v1/file/" + ref + "/status",
                ApiClient.v1Headers(partner, username, password)).status());

        ApiClient.Answer revoked = api.send(api.request("/admin/partners/demo-partner/application-users/" + username,
                admin).DELETE());
        assertEquals(200, revoked.status(), revoked.body());
        assertFalse(revoked.json().getBoolean("active"));
        assertRefused(api.get("/api/v1/file/" + ref + "/status", ApiClient.v1Headers(partner, username, password)),
                "a revoked user is refused at once");
        assertEquals(200, api.send(declare(admin, "demo-partner", username, password + "!")).status());
        assertRefused(api.get("/api/v1/file/" + ref + "/status", ApiClient.v1Headers(partner, username, password)),
                "the old password no longer works");
        assertEquals(200, api.get("/api/v1/file/" + ref + "/status",
                ApiClient.v1Headers(partner, username, password + "!")).status(), "the new one does");

        String trail = api.getAs("/admin/audit/events?from=" + Instant.now().minusSeconds(120) + "&to="
                + Instant.now().plusSeconds(5), admin).body();
        assertFalse(trail.contains(password), "no password in the audit trail");
        assertEquals(404, api.send(api.request("/admin/partners/demo-partner/application-users/nobody-" + username,
                admin).DELETE()).status());
    }

    @Test
    void missingWrongOrOtherPartnersUsersAreRefusedAndAudited() {
        String partner = Keycloak.demoPartnerToken();
        String other = Keycloak.otherPartnerToken();
        String ref = api.submitPdf(partner, "utilisateurs.pdf", LetterPdfs.conformingLetter(1)).json()
                .getString("internalRef");
        String path = "/api/v1/file/" + ref + "/status";

        String correlation = UUID.randomUUID().toString();
        ApiClient.Answer missing = api.send(api.request(path, partner).header("X-Correlation-ID", correlation).GET());
        assertRefused(missing, "no username nor password");
        assertRefused(api.get(path, ApiClient.v1Headers(partner, ApiClient.DEMO_USER, "not-the-password-1")),
                "wrong password");
        assertRefused(api.get(path, ApiClient.v1Headers(partner, "nobody.here", ApiClient.DEMO_USER_PASSWORD)),
                "unknown user");
        assertRefused(api.get(path, ApiClient.v1Headers(other, "jerome.barrat", ApiClient.DEMO_USER_PASSWORD)),
                "a user of another partner");
        ApiClient.Answer notBase64 = api.get(path, "Authorization", "Bearer " + partner, "X-Correlation-ID",
                UUID.randomUUID().toString(), "username", ApiClient.DEMO_USER, "password", "%%%");
        assertRefused(notBase64, "a password that is not Base64");
        assertEquals(200, api.get(path, ApiClient.v1Headers(partner)).status(), "the right user gets its answer");

        String trail = api.getAs("/admin/audit/events?from=" + Instant.now().minusSeconds(60) + "&to="
                + Instant.now().plusSeconds(5), Keycloak.adminToken()).body();
        assertTrue(trail.lines().anyMatch(line -> line.contains(correlation) && line.contains("\"status\":401")
                && line.contains("Utilisateur applicatif")), "the refusal is in the audit trail: " + correlation);
        assertFalse(trail.contains(ApiClient.DEMO_USER_PASSWORD), "no password in the audit trail");
    }

    @Test
    void onBehalfOfMustBeADeclaredUserOfThePartner() {
        String partner = Keycloak.demoPartnerToken();
        ApiClient.Answer unknown = api.send(submission(partner, ApiClient.DEMO_USER, ApiClient.DEMO_USER_PASSWORD,
                "quelqu.un.dautre"));
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(920001, unknown.json().getJsonObject("erreur").getInt("code"));
        assertTrue(unknown.json().getJsonObject("erreur").getString("message").contains("onBehalfOf"));

        ApiClient.Answer declared = api.send(submission(partner, ApiClient.DEMO_USER, ApiClient.DEMO_USER_PASSWORD,
                "jerome.barrat"));
        assertEquals(200, declared.status(), declared.body());
        assertEquals("jerome.barrat", declared.json().getString("onBehalfOf"));
    }

    @Test
    void wrongPasswordsInARowSlowTheUserDownThenLockItUntilAnAdministratorUnlocksIt() throws Exception {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.demoPartnerToken();
        String username = "verrou." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Un mot de passe " + UUID.randomUUID();
        assertEquals(200, api.send(declare(admin, "demo-partner", username, password)).status());
        String path = "/api/v1/file/courrier_11272026101500-ABC123@" + username + ".pdf/status";
        String wrong = "Pas le bon mot de passe";
        String unknownUsersAnswer = api.get(path, ApiClient.v1Headers(partner, "personne." + username, password))
                .json().getJsonObject("erreur").getString("message");

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertRefusedAs(api.get(path, ApiClient.v1Headers(partner, username, wrong)), unknownUsersAnswer,
                    "wrong password " + attempt);
        }
        ApiClient.Answer slowedDown = api.get(path, ApiClient.v1Headers(partner, username, password));
        assertRefusedAs(slowedDown, unknownUsersAnswer, "the right password, too soon after 3 wrong ones");
        AuditProbe.assertRefusalAudited(api, slowedDown, "ralenti");
        Thread.sleep(1_100);
        assertRefusedAs(api.get(path, ApiClient.v1Headers(partner, username, wrong)), unknownUsersAnswer, "4th");
        Thread.sleep(2_100);
        ApiClient.Answer locking = api.get(path, ApiClient.v1Headers(partner, username, wrong));
        assertRefusedAs(locking, unknownUsersAnswer, "5th wrong password");
        AuditProbe.assertRefusalAudited(api, locking, "verrouillé");

        ApiClient.Answer locked = api.get(path, ApiClient.v1Headers(partner, username, password));
        assertRefusedAs(locked, unknownUsersAnswer, "a locked user, even with its password, answered as an unknown one");
        AuditProbe.assertRefusalAudited(api, locked, "verrouillé");
        JsonObject view = userView(admin, username);
        assertEquals(5, view.getInt("failedSignIns"), view.toString());
        assertTrue(Instant.parse(view.getString("blockedUntil")).isAfter(Instant.now().plusSeconds(60)), view.toString());

        ApiClient.Answer unlocked = api.send(api.request("/admin/partners/demo-partner/application-users/" + username
                + "/lock", admin).DELETE());
        assertEquals(200, unlocked.status(), unlocked.body());
        assertEquals(0, unlocked.json().getInt("failedSignIns"));
        assertEquals(404, api.get(path, ApiClient.v1Headers(partner, username, password)).status(),
                "unlocked: the user is admitted (and the file is not found)");
    }

    @Test
    void anUnknownUserCostsWhatAWrongPasswordCosts() {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.demoPartnerToken();
        String username = "mesure." + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, api.send(declare(admin, "demo-partner", username, "Un mot de passe " + UUID.randomUUID()))
                .status());
        String path = "/api/v1/file/courrier_11272026101500-ABC123@demo-partner.pdf/status";
        api.get(path, ApiClient.v1Headers(partner));
        long[] unknown = new long[7];
        long[] wrong = new long[7];
        for (int i = 0; i < unknown.length; i++) {
            long start = System.nanoTime();
            assertRefused(api.get(path, ApiClient.v1Headers(partner, "inconnu." + username, "Un autre mot de passe")),
                    "unknown user");
            unknown[i] = System.nanoTime() - start;
            start = System.nanoTime();
            assertRefused(api.get(path, ApiClient.v1Headers(partner, username, "Un autre mot de passe " + i)),
                    "wrong password");
            wrong[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(unknown);
        java.util.Arrays.sort(wrong);
        double ratio = (double) unknown[3] / wrong[3];
        assertTrue(ratio > 0.5, "an unknown user's refusal takes " + unknown[3] / 1_000_000 + " ms, a wrong password's "
                + wrong[3] / 1_000_000 + " ms: the slow hash is skipped for unknown users");
        api.send(api.request("/admin/partners/demo-partner/application-users/" + username + "/lock", admin).DELETE());
    }

    private JsonObject userView(String admin, String username) {
        return api.getAs("/admin/partners/demo-partner/application-users", admin).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals(username))
                .findFirst().orElseThrow();
    }

    private static void assertRefusedAs(ApiClient.Answer answer, String message, String why) {
        assertRefused(answer, why);
        assertEquals(message, answer.json().getJsonObject("erreur").getString("message"), why);
    }

    private HttpRequest.Builder declare(String admin, String clientId, String username, String password) {
        return api.request("/admin/partners/" + clientId + "/application-users/" + username, admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"password\": \"" + password + "\"}"));
    }

    private HttpRequest.Builder submission(String token, String username, String password, String onBehalfOf) {
        ApiClient.Multipart form = new ApiClient.Multipart()
                .file("docFile", "pour-compte.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("jsonParameters", "{\"filename\":\"pour-compte.pdf\",\"onBehalfOf\":\"" + onBehalfOf
                        + "\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\"}}");
        return HttpRequest.newBuilder(URI.create(Platform.BASE_URL + "/api/v1/file/submission"))
                .headers(ApiClient.v1Headers(token, username, password))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
    }

    private static void assertRefused(ApiClient.Answer answer, String why) {
        assertEquals(401, answer.status(), why + ": " + answer.body());
        assertEquals(920017, answer.json().getJsonObject("erreur").getInt("code"), why);
    }
}
