package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.json.JsonObject;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A partner's first journey over HTTPS: token from Keycloak, deposit of a mono-document PDF, its status. */
@ExtendWith(ArquillianExtension.class)
class DepositJourneyIT {

    private static final String V1_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}";

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void healthAnswersTheContractMessage() {
        ApiClient.Answer answer = api.get("/api/v1/etatSante", ApiClient.v1Headers(Keycloak.demoPartnerToken()));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("L'API est opérationnelle", answer.json().getString("message"));
    }

    @Test
    void aDepositIsReceivedThenAnalysedIntoOnePendingDocument() throws Exception {
        String token = Keycloak.demoPartnerToken();
        byte[] pdf = LetterPdfs.conformingLetter(2);
        ApiClient.Answer answer = api.submit(token, new ApiClient.Multipart()
                .file("docFile", "Relance impôts été.pdf", "application/pdf", pdf)
                .json("jsonParameters", "{\"filename\":\"Relance impôts été.pdf\",\"onBehalfOf\":\"jerome.barrat\","
                        + "\"options\":{\"paper\":\"DUPLEX_TIP_MICRO\",\"sendingType\":\"STD\"}}"));

        assertEquals(200, answer.status(), answer.body());
        JsonObject received = answer.json();
        String ref = received.getString("internalRef");
        assertTrue(ref.matches("Relance_impots_ete_\\d{14}-[0-9A-Z]{6}@jerome\\.barrat\\.pdf"), ref);
        assertEquals("Relance impôts été.pdf", received.getString("filename"));
        assertEquals(Math.round(pdf.length / 1024.0 * 100) / 100.0, received.getJsonNumber("fileSize").doubleValue(),
                0.005);
        assertEquals("Courrier Simple", received.getString("sendingType"));
        assertEquals("Non", received.getString("withAnnexes"));
        assertEquals("Oui", received.getString("withPerforatedPaper"));
        assertEquals("Oui", received.getString("withReturnEnv"));
        assertEquals("jerome.barrat", received.getString("onBehalfOf"));
        assertEquals("Reçu", received.getJsonObject("submissionStatus").getString("status"));
        assertTrue(received.getJsonObject("submissionStatus").getString("date").matches(V1_DATE));

        JsonObject status = api.awaitAnalysed(token, ref);
        assertEquals(ref, status.getString("internalRef"));
        JsonObject fileStatus = status.getJsonObject("fileStatus");
        assertEquals("Soumis", fileStatus.getString("status"));
        assertEquals(1, fileStatus.getInt("analyzedDoc"));
        assertEquals(0, fileStatus.getInt("rejectedDoc"));
        assertTrue(fileStatus.getString("analyzeTime").matches(V1_DATE));
        assertEquals(1, status.getJsonArray("docStatus").size());
        JsonObject document = status.getJsonArray("docStatus").getJsonObject(0);
        assertEquals(ref, document.getString("reference"), "a mono-document file's document takes its reference");
        assertEquals("En attente de traitement", document.getString("status"));
        OffsetDateTime.parse(document.getString("date"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Test
    void theBusinessRefFilterKeepsOnlyTheMatchingDocument() throws Exception {
        String token = Keycloak.demoPartnerToken();
        String ref = api.submitPdf(token, "filtre.pdf", LetterPdfs.conformingLetter(1)).json().getString("internalRef");
        api.awaitAnalysed(token, ref);

        ApiClient.Answer matching = api.get("/api/v1/file/" + ref + "/status?businessRef=" + ref,
                ApiClient.v1Headers(token));
        ApiClient.Answer other = api.get("/api/v1/file/" + ref + "/status?businessRef=038719506",
                ApiClient.v1Headers(token));

        assertEquals(1, matching.json().getJsonArray("docStatus").size());
        assertEquals(0, other.json().getJsonArray("docStatus").size());
    }

    @Test
    void twoUploadsOfTheSameNameInTheSameSecondGetDistinctReferences() {
        String token = Keycloak.demoPartnerToken();
        byte[] pdf = LetterPdfs.conformingLetter(1);
        String first = api.submitPdf(token, "doublon.pdf", pdf).json().getString("internalRef");
        String second = api.submitPdf(token, "doublon.pdf", pdf).json().getString("internalRef");
        assertNotEquals(first, second);
    }

    @Test
    void aFileThatIsNotAPdfIsReceivedThenPutInError() throws Exception {
        String token = Keycloak.demoPartnerToken();
        ApiClient.Answer answer = api.submit(token, new ApiClient.Multipart()
                .file("docFile", "pas-un-pdf.pdf", "application/pdf",
                        "Ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8))
                .json("jsonParameters", ApiClient.v1Parameters("pas-un-pdf.pdf")));
        assertEquals(200, answer.status(), answer.body());

        JsonObject status = api.awaitAnalysed(token, answer.json().getString("internalRef"));
        assertEquals("Erreur", status.getJsonObject("fileStatus").getString("status"));
        assertEquals("[STR-001] Le fichier n'est pas un PDF lisible.",
                status.getJsonObject("fileStatus").getString("message"));
        assertEquals(0, status.getJsonArray("docStatus").size());
    }
}
