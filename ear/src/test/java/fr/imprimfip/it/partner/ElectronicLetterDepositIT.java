package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LettersInLots;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.RegisteredLetters;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Electronic registered letters (LRE) deposited on the real server: the recipient's {@code recipient.information}
 * is read as the v1 contract says and checked at once (a refusal names its field, in the v1 format or as a bilingual
 * problem on v2), the file holds one letter (REC-001), and its letter is never printed: a cut-off leaves it out of
 * every lot. Every v1 answer is checked against the published contract by the client.
 */
@ExtendWith(ArquillianExtension.class)
class ElectronicLetterDepositIT {

    private static final String PERSON = "{\"emailAddress\":\"claire.martin@exemple.fr\",\"type\":\"PARTICULIER\","
            + "\"lastname\":\"MARTIN\",\"firstname\":\"Claire\",\"socialReason\":null}";
    private static final String COMPANY = "{\"emailAddress\":\"courrier@dmt-solutions.fr\",\"type\":\"PROFESSIONNEL\","
            + "\"socialReason\":\"DMT SOLUTIONS FRANCE SAS\"}";

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void anLreIsReceivedAnalysedAndWaitsOutsideAnyPrintLot() throws Exception {
        ApiClient.Answer answer = submitV1("lre.pdf", LetterPdfs.conformingLetter(2), information(PERSON));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("Reçu", answer.json().getJsonObject("submissionStatus").getString("status"));
        String ref = answer.json().getString("internalRef");

        JsonObject status = api.awaitAnalysed(partner, ref);
        assertEquals("Soumis", status.getJsonObject("fileStatus").getString("status"), status.toString());
        assertEquals(1, status.getJsonArray("docStatus").size());

        List<LettersInLots.LetterInLot> inLots = LettersInLots.cutOff(api, List.of(ref));
        assertTrue(inLots.isEmpty(), "an electronic letter never joins a print lot: " + inLots);
        JsonObject letter = api.status(partner, ref).json().getJsonArray("docStatus").getJsonObject(0);
        assertNotEquals("Expédié", letter.getString("status"), letter.toString());
        assertTrue(List.of("En attente de traitement", "En cours de traitement", "Mis en distribution")
                .contains(letter.getString("status")), "waiting for its electronic delivery: " + letter);
    }

    @Test
    void anLreWaitingForItsDeliveryIsNotLateForThePrintCentre() throws Exception {
        ApiClient.Answer answer = submitV1("lre-attente.pdf", LetterPdfs.conformingLetter(1), information(COMPANY));
        assertEquals(200, answer.status(), answer.body());
        String lre = answer.json().getString("internalRef");
        api.awaitAnalysed(partner, lre);
        String standard = api.analysedLetter(partner, "simple-attente.pdf");

        String asOf = Instant.now().plus(Duration.ofDays(3)).toString();
        ApiClient.Answer late = api.getAs("/admin/late-letters?partner=demo-partner&asOf=" + asOf,
                Keycloak.adminToken());
        assertEquals(200, late.status(), late.body());
        List<String> refs = late.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(letter -> letter.getString("internalRef")).toList();
        assertTrue(refs.contains(standard), "a standard letter not handed over in 2 days is late: " + late.body());
        assertFalse(refs.contains(lre), "an electronic letter is never printed: " + late.body());
    }

    @Test
    void aBadRecipientIsRefusedAtOnceInTheV1FormatNamingItsField() {
        assertV1Refusal("recipient.information.emailAddress : ", information(PERSON.replace("@exemple.fr", "")));
        assertV1Refusal("recipient.information.firstname : obligatoire pour un destinataire PARTICULIER",
                information(PERSON.replace("\"Claire\"", "null")));
        assertV1Refusal("recipient.information.socialReason : obligatoire pour un destinataire PROFESSIONNEL",
                information(COMPANY.replace("\"DMT SOLUTIONS FRANCE SAS\"", "null")));
        assertV1Refusal("recipient.information.type : ", information(PERSON.replace("PARTICULIER", "ENTREPRISE")));
        assertV1Refusal("Champ inconnu : recipient.information.telephone.",
                information(PERSON.replace("}", ",\"telephone\":\"0102030405\"}")));
        assertV1Refusal("Un envoi LRE exige les informations du destinataire (recipient.information).", "");
        assertV1Refusal("Le champ recipient.address ne concerne que les envois LRAR", ",\"recipient\":{\"information\":"
                + PERSON + ",\"address\":" + RegisteredLetters.RECIPIENT + "}");
    }

    @Test
    void theNativeApiTakesTheRecipientInItsOptionsAndRefusesInTheCallersLanguage() throws Exception {
        ApiClient.Answer raw = api.send(api.request("/api/v2/deposits?filename=lre.pdf&sendingType=LRE", partner)
                .header("Content-Type", "application/pdf").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
        assertEquals(400, raw.status(), raw.body());
        assertTrue(raw.json().getString("detail").startsWith("An LRE deposit is sent as multipart"), raw.body());

        String noSocialReason = v2Options(COMPANY.replace("\"DMT SOLUTIONS FRANCE SAS\"", "null"));
        ApiClient.Answer english = depositV2(noSocialReason, "en");
        assertEquals(400, english.status(), english.body());
        assertTrue(english.header("Content-Type").startsWith("application/problem+json"), english.headers().toString());
        assertEquals("recipient.information.socialReason: required for a PROFESSIONNEL recipient.",
                english.json().getString("detail"));
        ApiClient.Answer french = depositV2(noSocialReason, null);
        assertEquals(400, french.status(), french.body());
        assertEquals("recipient.information.socialReason : obligatoire pour un destinataire PROFESSIONNEL.",
                french.json().getString("detail"));

        ApiClient.Answer returnAddress = depositV2("{\"filename\":\"lre.pdf\",\"sendingType\":\"LRE\","
                + "\"recipient\":{\"information\":" + COMPANY + "},\"sender\":{\"returnAddress\":"
                + RegisteredLetters.RETURN_ADDRESS + "}}", "en");
        assertEquals(400, returnAddress.status(), returnAddress.body());
        assertTrue(returnAddress.json().getString("detail").startsWith(
                "The sender.returnAddress field is for LRAR deposits only"), returnAddress.body());

        ApiClient.Answer received = depositV2(v2Options(COMPANY), null);
        assertEquals(201, received.status(), received.body());
        String ref = received.json().getString("reference");
        assertEquals("Soumis", api.awaitAnalysed(partner, ref).getJsonObject("fileStatus").getString("status"));
    }

    @Test
    void anLreFileHoldsOneLetter() throws Exception {
        ApiClient.Answer answer = submitV1("deux-lre.pdf", LetterPdfs.file().letter("LRE-1", 1).letter("LRE-2", 1)
                .build(), information(PERSON));
        assertEquals(200, answer.status(), answer.body());
        JsonObject status = api.awaitAnalysed(partner, answer.json().getString("internalRef"));
        JsonObject file = status.getJsonObject("fileStatus");
        assertEquals("Erreur", file.getString("status"), status.toString());
        assertTrue(file.getString("message").startsWith("[REC-001] "), file.toString());
        assertTrue(file.getString("message").contains("(2 courriers)"), file.toString());
        assertEquals(0, status.getJsonArray("docStatus").size());
    }

    private void assertV1Refusal(String messageStart, String recipientMembers) {
        ApiClient.Answer answer = submitV1("refus.pdf", LetterPdfs.conformingLetter(1), recipientMembers);
        assertEquals(400, answer.status(), answer.body());
        JsonObject error = answer.json().getJsonObject("erreur");
        assertEquals(920001, error.getInt("code"), error.toString());
        assertTrue(error.getString("message").startsWith(messageStart), error.toString());
    }

    private ApiClient.Answer submitV1(String filename, byte[] pdf, String recipientMembers) {
        return api.submit(partner, new ApiClient.Multipart()
                .file("docFile", filename, "application/pdf", pdf)
                .json("jsonParameters", "{\"filename\":\"" + filename + "\",\"options\":{\"paper\":\"DUPLEX\","
                        + "\"sendingType\":\"LRE\"}" + recipientMembers + "}"));
    }

    private ApiClient.Answer depositV2(String options, String language) {
        ApiClient.Multipart form = new ApiClient.Multipart()
                .file("document", "lre.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("options", options);
        HttpRequest.Builder request = api.request("/api/v2/deposits", partner)
                .header("Content-Type", form.contentType());
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    /** The {@code recipient} member of {@code jsonParameters} (after a comma) for {@code information}. */
    private static String information(String information) {
        return ",\"recipient\":{\"information\":" + information + "}";
    }

    private static String v2Options(String information) {
        return "{\"filename\":\"lre.pdf\",\"sendingType\":\"LRE\",\"recipient\":{\"information\":" + information + "}}";
    }
}
