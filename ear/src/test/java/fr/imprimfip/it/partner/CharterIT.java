package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonArray;
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
import fr.imprimfip.testing.RewrittenPdfs;

/** The print charter applied by the deployed platform: multi-document files, letter errors, warnings, active content. */
@ExtendWith(ArquillianExtension.class)
class CharterIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aMultiDocumentFileIsSplitAndItsFaultyLettersReported() throws Exception {
        String token = Keycloak.demoPartnerToken();
        byte[] pdf = LetterPdfs.file()
                .letter("038719506", 2)
                .letter("038719507", 1, List.of("MADAME MARTIN", "69002 LYON"))
                .letter("038719508", 3)
                .build();
        String ref = api.submitPdf(token, "lot-de-courriers.pdf", pdf).json().getString("internalRef");

        JsonObject status = api.awaitAnalysed(token, ref);
        JsonObject file = status.getJsonObject("fileStatus");
        assertEquals("Soumis avec des erreurs", file.getString("status"));
        assertEquals(3, file.getInt("analyzedDoc"));
        assertEquals(1, file.getInt("rejectedDoc"));
        JsonArray documents = status.getJsonArray("docStatus");
        assertEquals(List.of("038719506", "038719507", "038719508"),
                documents.stream().map(d -> d.asJsonObject().getString("reference")).toList());
        assertEquals("En attente de traitement", documents.getJsonObject(0).getString("status"));
        assertEquals("Erreur", documents.getJsonObject(1).getString("status"));
        assertTrue(documents.getJsonObject(1).getString("message").contains("[ADR-002]"),
                documents.getJsonObject(1).toString());

        JsonObject one = api.get("/api/v1/file/" + ref + "/status?businessRef=038719508",
                ApiClient.v1Headers(token)).json();
        assertEquals(1, one.getJsonArray("docStatus").size());
        assertEquals("038719508", one.getJsonArray("docStatus").getJsonObject(0).getString("reference"));
    }

    @Test
    void aReferenceRepeatedFarDownAFileRefusesBothItsLetters() throws Exception {
        String token = Keycloak.demoPartnerToken();
        LetterPdfs file = LetterPdfs.file();
        int letters = 121;
        for (int i = 0; i < letters - 1; i++) {
            file.letter(String.format("GRAND-%05d", i), 1);
        }
        file.letter("GRAND-00003", 1);
        String ref = api.submitPdf(token, "grand-lot.pdf", file.build()).json().getString("internalRef");

        JsonObject fileStatus = api.awaitAnalysed(token, ref).getJsonObject("fileStatus");
        assertEquals("Soumis avec des erreurs", fileStatus.getString("status"));
        assertEquals(letters, fileStatus.getInt("analyzedDoc"));
        assertEquals(2, fileStatus.getInt("rejectedDoc"));
        List<JsonObject> documents = api.getAs("/api/v2/deposits/" + ref, token).json().getJsonArray("documents")
                .getValuesAs(JsonObject.class);
        assertEquals(letters, documents.size());
        for (int position : new int[] {3, letters - 1}) {
            JsonObject document = documents.get(position);
            assertEquals("GRAND-00003", document.getString("businessRef"));
            assertEquals("ERROR", document.getString("status"), document.toString());
            assertTrue(document.getString("message").startsWith("[REF-002]"), document.toString());
            assertEquals(List.of("ERROR"), document.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                    .map(change -> change.getString("status")).toList(), "refused once, by its analysis");
        }
        assertEquals(letters - 2, documents.stream().filter(d -> d.getString("status").equals("PENDING")).count());
    }

    @Test
    void annexesAreStoredCheckedAndCountedInEveryLetter() throws Exception {
        String token = Keycloak.demoPartnerToken();
        ApiClient.Answer answer = api.submit(token, new ApiClient.Multipart()
                .file("docFile", "avis.pdf", "application/pdf",
                        LetterPdfs.file().letter("AV-1", 1).letter("AV-2", 2).build())
                .file("anxFile", "notice.pdf", "application/pdf", LetterPdfs.file().letter(null, 2).build())
                .file("anxFile", "bareme.pdf", "application/pdf", LetterPdfs.file().letter(null, 1).build())
                .json("jsonParameters", "{\"filename\":\"avis.pdf\",\"options\":{\"paper\":\"DUPLEX\","
                        + "\"sendingType\":\"STD\"},\"annexes\":[{\"filename\":\"notice.pdf\"},"
                        + "{\"filename\":\"bareme.pdf\"}]}"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("Oui", answer.json().getString("withAnnexes"));
        String ref = answer.json().getString("internalRef");
        assertEquals("Soumis", api.awaitAnalysed(token, ref).getJsonObject("fileStatus").getString("status"));

        JsonObject deposit = api.getAs("/admin/deposits/" + ref, Keycloak.adminToken()).json();
        assertEquals(List.of("notice.pdf", "bareme.pdf"), deposit.getJsonArray("annexes").stream()
                .map(a -> a.asJsonObject().getString("filename")).toList());
        assertEquals(List.of(2, 1), deposit.getJsonArray("annexes").stream()
                .map(a -> a.asJsonObject().getInt("pages")).toList());
        assertEquals(List.of(4, 5), deposit.getJsonArray("documents").stream()
                .map(d -> d.asJsonObject().getInt("pages")).toList(), "each letter is followed by the 3 annex pages");
        assertEquals(List.of(2, 3), deposit.getJsonArray("documents").stream()
                .map(d -> d.asJsonObject().getInt("sheets")).toList());
    }

    /**
     * A letter whose form was filled in with a PDF viewer (its values in its fields' annotations, outside its page's
     * content, which alone is read and printed) is refused with what to do; the file's other letter goes on.
     */
    @Test
    void aLetterFilledInAsAFormIsRefusedAndTheOtherLettersGoOn() throws Exception {
        String token = Keycloak.demoPartnerToken();
        byte[] pdf = RewrittenPdfs.withFilledField(LetterPdfs.file().letter("FORMULAIRE-1", 1).letter("PLAT-2", 1)
                .build(), 0, "Montant dû : 1 234,56 euros");
        String ref = api.submitPdf(token, "formulaire.pdf", pdf).json().getString("internalRef");
        JsonObject status = api.awaitAnalysed(token, ref);
        assertEquals("Soumis avec des erreurs", status.getJsonObject("fileStatus").getString("status"),
                status.toString());
        JsonObject refused = status.getJsonArray("docStatus").getJsonObject(0);
        assertEquals("Erreur", refused.getString("status"), refused.toString());
        assertTrue(refused.getString("message").contains("[PAG-003]")
                && refused.getString("message").contains("Imprimer en PDF"), refused.toString());
        assertEquals("En attente de traitement", status.getJsonArray("docStatus").getJsonObject(1)
                .getString("status"), status.toString());
    }

    /** A file with a layer hidden by default is refused whole, with what to do. */
    @Test
    void aFileWithAHiddenLayerIsRefused() throws Exception {
        String token = Keycloak.demoPartnerToken();
        String ref = api.submitPdf(token, "calques.pdf", RewrittenPdfs.withLayer(
                LetterPdfs.file().letter("CALQUE-1", 1).build(), false, null, null)).json().getString("internalRef");
        JsonObject file = api.awaitAnalysed(token, ref).getJsonObject("fileStatus");
        assertEquals("Erreur", file.getString("status"), file.toString());
        assertTrue(file.getString("message").startsWith("[STR-012]")
                && file.getString("message").contains("Imprimer en PDF"), file.toString());
    }

    @Test
    void aLandscapeAnnexRefusesTheFile() throws Exception {
        String token = Keycloak.demoPartnerToken();
        String ref = api.submit(token, new ApiClient.Multipart()
                .file("docFile", "avis.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .file("anxFile", "paysage.pdf", "application/pdf",
                        LetterPdfs.file().letter(null, 1).pageSize(com.lowagie.text.PageSize.A4.rotate()).build())
                .json("jsonParameters", "{\"filename\":\"avis.pdf\",\"options\":{\"paper\":\"DUPLEX\","
                        + "\"sendingType\":\"STD\"},\"annexes\":[{\"filename\":\"paysage.pdf\"}]}"))
                .json().getString("internalRef");
        JsonObject status = api.awaitAnalysed(token, ref);
        assertEquals("Erreur", status.getJsonObject("fileStatus").getString("status"));
        assertTrue(status.getJsonObject("fileStatus").getString("message")
                .startsWith("Annexe « paysage.pdf » : [PAG-002]"), status.toString());
    }

    @Test
    void aStandardFontNotEmbeddedGivesWarningsNotErrors() throws Exception {
        String token = Keycloak.demoPartnerToken();
        String ref = api.submitPdf(token, "helvetica.pdf", LetterPdfs.file().letter(null, 1).standardFont().build())
                .json().getString("internalRef");
        JsonObject status = api.awaitAnalysed(token, ref);
        assertEquals("Soumis avec des avertissements", status.getJsonObject("fileStatus").getString("status"));
        JsonObject document = status.getJsonArray("docStatus").getJsonObject(0);
        assertEquals("En attente de traitement", document.getString("status"));
        assertTrue(document.getString("message").contains("[FNT-002]"), document.toString());
    }

    @Test
    void javaScriptRefusesTheWholeFile() throws Exception {
        String token = Keycloak.demoPartnerToken();
        String ref = api.submitPdf(token, "actif.pdf", LetterPdfs.file().letter(null, 1).withJavaScript().build())
                .json().getString("internalRef");
        JsonObject status = api.awaitAnalysed(token, ref);
        assertEquals("Erreur", status.getJsonObject("fileStatus").getString("status"));
        assertTrue(status.getJsonObject("fileStatus").getString("message").contains("[STR-003]"));
        assertEquals(0, status.getJsonArray("docStatus").size());
    }
}
