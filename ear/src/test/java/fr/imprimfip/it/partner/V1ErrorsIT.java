package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every refusal of the foundation, in the v1 contract's error format and with no internal detail. */
@ExtendWith(ArquillianExtension.class)
class V1ErrorsIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void noTokenIsMissingCredentials() {
        ApiClient.Answer answer = api.get("/api/v1/etatSante", ApiClient.v1Headers(null));
        assertV1Error(answer, 401, 900902, "Missing Credentials");
    }

    @Test
    void aMalformedTokenIsInvalidCredentials() {
        ApiClient.Answer answer = api.get("/api/v1/etatSante", ApiClient.v1Headers("not.a.jwt"));
        assertV1Error(answer, 401, 900901, "Invalid Credentials");
    }

    @Test
    void aTokenWithATamperedPayloadIsInvalidCredentials() {
        String[] parts = Keycloak.demoPartnerToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("demo-partner", "demo-partner-b");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        ApiClient.Answer answer = api.get("/api/v1/etatSante", ApiClient.v1Headers(forged));
        assertV1Error(answer, 401, 900901, "Invalid Credentials");
        AuditProbe.assertRefusalAudited(api, answer, "Jeton");
    }

    @Test
    void aStaffTokenHasNoPartnerScope() {
        ApiClient.Answer answer = api.get("/api/v1/etatSante", ApiClient.v1Headers(Keycloak.financeToken()));
        assertV1Error(answer, 403, 900910, "The access token does not allow you to access the requested resource");
    }

    @Test
    void aMissingCorrelationIdIsRefusedWith910000() {
        ApiClient.Answer answer = api.get("/api/v1/etatSante", "Authorization",
                "Bearer " + Keycloak.demoPartnerToken());
        assertV1Error(answer, 400, 910000, "Le paramètre X-Correlation-ID n'est pas présent dans le header HTTP");
    }

    @Test
    void aCorrelationIdThatIsNotAUuidIsRefused() {
        ApiClient.Answer answer = api.get("/api/v1/etatSante", "Authorization",
                "Bearer " + Keycloak.demoPartnerToken(), "X-Correlation-ID", "pas-un-uuid");
        assertEquals(400, answer.status());
        assertEquals(910001, answer.json().getJsonObject("erreur").getInt("code"));
    }

    @Test
    void anotherPartnersReferenceIsNotFoundLikeAnUnknownOne() throws Exception {
        String owner = Keycloak.demoPartnerToken();
        String ref = api.submitPdf(owner, "confidentiel.pdf", LetterPdfs.conformingLetter(1)).json().getString("internalRef");
        assertEquals(200, api.status(owner, ref).status());

        ApiClient.Answer probe = api.status(Keycloak.otherPartnerToken(), ref);
        ApiClient.Answer unknown = api.status(owner, ref.replaceFirst("-[0-9A-Z]{6}@", "-000000@"));

        assertV1Error(probe, 404, 920004, "Aucun fichier ne correspond à cette référence.");
        assertV1Error(unknown, 404, 920004, "Aucun fichier ne correspond à cette référence.");
    }

    @Test
    void pathTraversalInAReferenceIsRefusedBeforeAnyLookup() {
        ApiClient.Answer answer = api.status(Keycloak.demoPartnerToken(), "..%2F..%2Fetc%2Fpasswd");
        assertEquals(400, answer.status(), answer.body());
        assertEquals(920001, answer.json().getJsonObject("erreur").getInt("code"));
        assertFalse(answer.body().contains("Exception"));
    }

    @Test
    void aSubmissionWithoutDocFileIsABadRequest() {
        ApiClient.Answer answer = api.submit(Keycloak.demoPartnerToken(), new ApiClient.Multipart()
                .json("jsonParameters", ApiClient.v1Parameters("x.pdf")));
        assertV1Error(answer, 400, 920001, "Le fichier de documents (docFile) est absent.");
    }

    @Test
    void invalidJsonParametersAreABadRequestNamingTheField() {
        ApiClient.Answer answer = api.submit(Keycloak.demoPartnerToken(), new ApiClient.Multipart()
                .file("docFile", "x.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("jsonParameters", "{\"filename\":\"x.pdf\",\"options\":{\"paper\":\"A3\",\"sendingType\":\"STD\"}}"));
        assertV1Error(answer, 400, 920001, "Le champ options.paper doit valoir DUPLEX ou DUPLEX_TIP_MICRO.");
    }

    @Test
    void aBodyThatIsNotMultipartIsRefusedWithoutInternalDetail() {
        ApiClient.Answer answer = api.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Platform.BASE_URL + "/api/v1/file/submission"))
                .headers(ApiClient.v1Headers(Keycloak.demoPartnerToken()))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, answer.status(), answer.body());
        assertEquals(920015, answer.json().getJsonObject("erreur").getInt("code"));
    }

    private static void assertV1Error(ApiClient.Answer answer, int status, int code, String message) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.header("Content-Type"));
        JsonObject error = answer.json().getJsonObject("erreur");
        assertEquals(code, error.getInt("code"));
        assertEquals(message, error.getString("message"));
        assertTrue(error.getString("horodatage").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}"));
        assertEquals(1, answer.json().size(), "only the erreur member");
    }
}
