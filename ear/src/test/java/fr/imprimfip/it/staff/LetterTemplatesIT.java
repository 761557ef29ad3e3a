package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

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
 * Letter templates: a partner submits samples through the native API and learns at once what the print charter
 * finds in them; an administrator validates a conforming one and refuses, with a comment, one that breaks the charter.
 */
@ExtendWith(ArquillianExtension.class)
class LetterTemplatesIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void templatesAreCheckedThenDecided() {
        String partner = Keycloak.partnerToken("demo-partner-sandbox");
        String admin = Keycloak.adminToken();
        String run = UUID.randomUUID().toString().substring(0, 8);

        ApiClient.Answer good = submit(partner, "Avis-" + run, LetterPdfs.conformingLetter(1));
        assertEquals(201, good.status(), good.body());
        assertEquals("SUBMITTED", good.json().getString("status"));
        assertEquals(0, good.json().getInt("charterErrors"), good.body());
        assertEquals(1, good.json().getInt("pages"));
        ApiClient.Answer bad = submit(partner, "Rebut-" + run, "pas un PDF".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, bad.status(), bad.body());
        assertEquals(1, bad.json().getInt("charterErrors"), bad.body());
        assertEquals(400, submit(partner, "", LetterPdfs.conformingLetter(1)).status(), "a template has a name");

        assertTrue(api.getAs("/api/v2/letter-templates", partner).jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("name").equals("Avis-" + run)), "the partner sees its templates");
        assertFalse(api.getAs("/api/v2/letter-templates", Keycloak.otherPartnerToken()).body().contains(run),
                "another partner does not");
        assertTrue(api.getAs("/admin/letter-templates", admin).jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("name").equals("Rebut-" + run)), "submitted ones await a decision");

        String goodPath = "/admin/letter-templates/" + good.json().getJsonNumber("id").longValue() + "/decision";
        String badPath = "/admin/letter-templates/" + bad.json().getJsonNumber("id").longValue() + "/decision";
        assertEquals(409, decide(admin, badPath, "{\"decision\": \"VALIDATED\"}").status(),
                "a template breaking the charter cannot be validated");
        assertEquals(400, decide(admin, badPath, "{\"decision\": \"REFUSED\"}").status(), "a refusal says why");
        ApiClient.Answer refused = decide(admin, badPath, "{\"decision\": \"REFUSED\", \"comment\": \"Pas un PDF\"}");
        assertEquals("REFUSED", refused.json().getString("status"), refused.body());
        ApiClient.Answer validated = decide(admin, goodPath, "{\"decision\": \"VALIDATED\", \"comment\": \"Conforme\"}");
        assertEquals("VALIDATED", validated.json().getString("status"), validated.body());
        assertEquals(409, decide(admin, goodPath, "{\"decision\": \"REFUSED\", \"comment\": \"non\"}").status(),
                "a decision is final");
        assertEquals(404, decide(admin, "/admin/letter-templates/999999999/decision",
                "{\"decision\": \"VALIDATED\"}").status());
        assertEquals(403, decide(partner, goodPath, "{\"decision\": \"VALIDATED\"}").status(),
                "partners do not decide");
    }

    private ApiClient.Answer submit(String token, String name, byte[] pdf) {
        return api.send(api.request("/api/v2/letter-templates?name=" + name, token)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
    }

    private ApiClient.Answer decide(String token, String path, String json) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
