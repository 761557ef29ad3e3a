package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;

/**
 * The register of processing activities generated from the partners' data: a new partner's controller, DPO,
 * recipient services and DataPass purpose and legal basis appear in it, as JSON and in the PDF.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessingRegisterIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void theRegisterDescribesEachPartnersProcessing() throws Exception {
        String admin = Keycloak.adminToken();
        String id = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("/admin/partners", admin, "{\"identifier\": \"" + id + "\", \"name\":"
                + " \"Trésorerie " + id + "\", \"siret\": \"11000000000094\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"Anne Martin\", \"email\": \"anne@" + id + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"Paul Durand\", \"email\": \"paul@" + id + ".invalid\"},"
                + "{\"role\": \"DPO\", \"name\": \"Claire Petit\", \"email\": \"dpo@" + id + ".invalid\"},"
                + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"Support\", \"email\": \"support@" + id
                + ".invalid\"}], \"recipientServices\": [\"Service de gestion comptable\"]}").status());
        ApiClient.Answer granted = api.send(api.request("/admin/partners/" + id + "/habilitations/SANDBOX", admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"validFrom\": \"2026-01-01\", \"deposit\": true, \"read\": true, \"dataPass\": {\"number\":"
                                + " \"DP-77\", \"legalBasis\": \"Code général des collectivités territoriales\","
                                + " \"purpose\": \"Relances des produits locaux\"}}")));
        assertEquals(200, granted.status(), granted.body());

        ApiClient.Answer json = api.getAs("/admin/processing-register", admin);
        assertEquals(200, json.status(), json.body());
        JsonObject register = json.json();
        assertTrue(register.getString("processorDpo").contains("protection des données"));
        assertTrue(register.getJsonArray("retentionPeriods").toString().contains("30 jours"),
                "the retention periods in force");
        JsonObject entry = register.getJsonArray("controllers").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("partner").equals(id)).findFirst().orElseThrow();
        assertEquals("Paul Durand <paul@" + id + ".invalid>", entry.getString("dataController"));
        assertEquals("Claire Petit <dpo@" + id + ".invalid>", entry.getString("dpo"));
        assertEquals(List.of("Service de gestion comptable"), entry.getJsonArray("recipientServices").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList());
        JsonObject processing = entry.getJsonArray("habilitations").getJsonObject(0);
        assertEquals("Relances des produits locaux", processing.getString("purpose"));
        assertEquals("Code général des collectivités territoriales", processing.getString("legalBasis"));

        ApiClient.Download pdf = api.download("/admin/processing-register", admin, "application/pdf");
        assertTrue(pdf.headers().get("content-type").get(0).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Registre des catégories d'activités de traitement"), text);
            assertTrue(text.contains("Trésorerie " + id) && text.contains("Relances des produits locaux")
                    && text.contains("Claire Petit"), "the new partner's entry is in the PDF");
        }
        assertEquals(403, api.getAs("/admin/processing-register", Keycloak.demoPartnerToken()).status());
    }
}
