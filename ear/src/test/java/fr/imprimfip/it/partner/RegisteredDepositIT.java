package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LettersInLots;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.Purges;
import fr.imprimfip.it.RegisteredLetters;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Registered letters with acknowledgement (LRAR) deposited on the real server: their addresses are read as the v1
 * contract says and checked by the postal rules (a bad one is a 400 naming its field), kept sealed, and opened by the
 * analysis, which holds the file to one letter whose envelope window reads the registered recipient's address. Letters
 * written by OpenPDF, PDFBox and Cairo. Every v1 answer is checked against the published contract by the client.
 */
@ExtendWith(ArquillianExtension.class)
class RegisteredDepositIT {

    private static final float MM = 72f / 25.4f;

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aLetterWhoseWindowReadsItsRegisteredAddressIsAccepted() throws Exception {
        String ref = RegisteredLetters.depositV1(api, partner, "recommande.pdf", LetterPdfs.conformingLetter(2));
        JsonObject status = api.awaitAnalysed(partner, ref);
        assertEquals("Soumis", status.getJsonObject("fileStatus").getString("status"), status.toString());
        JsonObject letter = status.getJsonArray("docStatus").getJsonObject(0);
        assertEquals("En attente de traitement", letter.getString("status"), letter.toString());
        assertTrue(admin(ref).getBoolean("registeredAddressesStored"), "the sealed addresses are kept");
        assertFalse(admin(api.analysedLetter(partner, "simple.pdf")).getBoolean("registeredAddressesStored"),
                "a standard letter keeps none");
    }

    @Test
    void theAnalysisComparesTheWindowWithTheSealedAddressLineByLine() throws Exception {
        String recipient = RegisteredLetters.address("MADAME CLAIRE MARTIN", "10 AVENUE DE LA GARE", "69002", "LYON");
        ApiClient.Answer answer = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "autre-adresse.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("jsonParameters", RegisteredLetters.v1Parameters("autre-adresse.pdf", recipient)));
        assertEquals(200, answer.status(), answer.body());
        JsonObject status = api.awaitAnalysed(partner, answer.json().getString("internalRef"));
        assertEquals("Erreur", status.getJsonObject("fileStatus").getString("status"), status.toString());
        JsonObject letter = status.getJsonArray("docStatus").getJsonObject(0);
        assertEquals("Erreur", letter.getString("status"));
        String message = letter.getString("message");
        assertTrue(message.startsWith("[REC-002] ") && message.endsWith("(ligne 2)"), message);
        assertFalse(message.contains("AVENUE"), "neither address is said: " + message);

        String ref = answer.json().getString("internalRef");
        JsonObject refused = admin(ref);
        assertTrue(refused.getBoolean("registeredAddressesStored"));
        JsonObject run = Purges.asOf(api, ServerClock.ofTestServer(), Instant.parse(refused.getString(
                "contentExpiresAt")));
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        JsonObject purged = admin(ref);
        assertFalse(purged.getBoolean("contentStored"), purged.toString());
        assertFalse(purged.getBoolean("registeredAddressesStored"), "the addresses go with the content");
    }

    private JsonObject admin(String ref) {
        ApiClient.Answer answer = api.getAs("/admin/deposits/" + ref, Keycloak.adminToken());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    @Test
    void anLrarFileHoldsOneLetter() throws Exception {
        String ref = RegisteredLetters.depositV1(api, partner, "deux-courriers.pdf",
                LetterPdfs.file().letter("RAR-1", 1).letter("RAR-2", 1).build());
        JsonObject status = api.awaitAnalysed(partner, ref);
        JsonObject file = status.getJsonObject("fileStatus");
        assertEquals("Erreur", file.getString("status"));
        assertTrue(file.getString("message").startsWith("[REC-001] "), file.toString());
        assertTrue(file.getString("message").contains("(2 courriers)"), file.toString());
        assertEquals(0, status.getJsonArray("docStatus").size());
    }

    @Test
    void lettersOfOtherProducersAreComparedAsPrinted() throws Exception {
        String cairo = RegisteredLetters.v1Parameters("cairo.pdf", RegisteredLetters.address(
                "MONSIEUR ET MADAME BERNARD", "LIEUDIT LE MOULIN", "21000", "DIJON"));
        ApiClient.Answer fromCairo = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "cairo.pdf", "application/pdf", producer("cairo-mono-letter.pdf"))
                .json("jsonParameters", cairo));
        assertEquals(200, fromCairo.status(), fromCairo.body());
        String pdfbox = RegisteredLetters.depositV1(api, partner, "pdfbox.pdf", pdfBoxLetter(LetterPdfs.ADDRESS));

        for (String ref : List.of(fromCairo.json().getString("internalRef"), pdfbox)) {
            JsonObject status = api.awaitAnalysed(partner, ref);
            assertEquals("Soumis", status.getJsonObject("fileStatus").getString("status"), status.toString());
        }
    }

    @Test
    void aBadAddressIsRefusedAtOnceInTheContractsFormatNamingItsField() {
        ApiClient.Answer unknownPostcode = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "a.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("jsonParameters", RegisteredLetters.v1Parameters("a.pdf", RegisteredLetters.address(
                        "MADAME CLAIRE MARTIN", "8 AVENUE DE LA GARE", "69999", "LYON"))));
        assertEquals(400, unknownPostcode.status(), unknownPostcode.body());
        JsonObject error = unknownPostcode.json().getJsonObject("erreur");
        assertEquals(920001, error.getInt("code"));
        assertTrue(error.getString("message").startsWith("recipient.address.zipCode : "), error.toString());

        ApiClient.Answer lowerCase = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "a.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("jsonParameters", RegisteredLetters.v1Parameters("a.pdf", RegisteredLetters.address(
                        "Madame Claire Martin", "8 AVENUE DE LA GARE", "69002", "LYON"))));
        assertEquals(400, lowerCase.status(), lowerCase.body());
        assertTrue(lowerCase.json().getJsonObject("erreur").getString("message")
                .startsWith("recipient.address.name : en majuscules non accentuées"), lowerCase.body());

        ApiClient.Answer unknownMember = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "a.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("jsonParameters", RegisteredLetters.v1Parameters("a.pdf",
                        RegisteredLetters.RECIPIENT.replace("\"line3\"", "\"etage\""))));
        assertEquals(400, unknownMember.status(), unknownMember.body());
        assertTrue(unknownMember.json().getJsonObject("erreur").getString("message")
                .contains("recipient.address.etage"), unknownMember.body());
    }

    @Test
    void theNativeApiTakesTheAddressesInItsOptionsAndAnswersInTheCallersLanguage() throws Exception {
        ApiClient.Answer raw = api.send(api.request("/api/v2/deposits?filename=r.pdf&sendingType=LRAR", partner)
                .header("Content-Type", "application/pdf").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
        assertEquals(400, raw.status(), raw.body());
        assertTrue(raw.json().getString("detail").startsWith("An LRAR deposit is sent as multipart"), raw.body());

        ApiClient.Multipart wrongTown = new ApiClient.Multipart()
                .file("document", "r.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("options", RegisteredLetters.v2Options("r.pdf").replace("\"MEAUX\"", "\"MELUN\""));
        ApiClient.Answer refused = api.send(api.request("/api/v2/deposits", partner)
                .header("Content-Type", wrongTown.contentType()).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(wrongTown.bytes())));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.headers().toString());
        String detail = refused.json().getString("detail");
        assertTrue(detail.startsWith("sender.returnAddress.town: the town is not a routing label of this postcode"
                + " (expected for 77100 : ") && detail.contains(" MEAUX") && detail.endsWith(") [ADR-007]."), detail);

        ApiClient.Multipart good = new ApiClient.Multipart()
                .file("document", "r.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("options", RegisteredLetters.v2Options("r.pdf"));
        ApiClient.Answer received = api.send(api.request("/api/v2/deposits", partner)
                .header("Content-Type", good.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(good.bytes())));
        assertEquals(201, received.status(), received.body());
        String ref = received.json().getString("reference");
        assertEquals("Soumis", api.awaitAnalysed(partner, ref).getJsonObject("fileStatus").getString("status"));
    }

    @Test
    void theV1StatusOfAnLrarLetterSaysWhyItsDeliveryFailed() throws Exception {
        String ref = RegisteredLetters.depositV1(api, partner, "echec.pdf", LetterPdfs.file().letter("ECHEC-1", 1)
                .build());
        api.awaitAnalysed(partner, ref);
        List<LettersInLots.LetterInLot> inLot = LettersInLots.cutOff(api, List.of(ref));
        assertEquals(1, inLot.size(), "the letter joined a lot");
        String events = inLot.get(0).path() + "/events";
        String printCentre = Keycloak.printCentreToken();
        assertEquals(200, api.postJson(events, printCentre, "{\"event\":\"HANDED_OVER\",\"depositSlip\":\"BD-ECHEC-1\"}")
                .status());
        assertEquals(200, api.postJson(events, printCentre, "{\"event\":\"OUT_FOR_DELIVERY\"}").status());
        ApiClient.Answer failed = api.postJson(events, printCentre,
                "{\"event\":\"DELIVERY_FAILED\",\"message\":\"Destinataire inconnu à l'adresse\"}");
        assertEquals(200, failed.status(), failed.body());

        JsonObject letter = api.status(partner, ref).json().getJsonArray("docStatus").getJsonObject(0);
        assertEquals("Echec de distribution", letter.getString("status"));
        assertEquals("Destinataire inconnu à l'adresse", letter.getString("message"));
    }

    /** A one-page letter written with PDFBox, its address in the envelope window, its font embedded. */
    private static byte[] pdfBoxLetter(List<String> address) throws IOException {
        try (PDDocument document = new PDDocument();
             InputStream font = LetterPdfs.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font sans = PDType0Font.load(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(sans, 10);
                content.newLineAtOffset(110 * MM, PDRectangle.A4.getHeight() - 50 * MM);
                for (String line : address) {
                    content.showText(line);
                    content.newLineAtOffset(0, -12);
                }
                content.endText();
                content.beginText();
                content.setFont(sans, 11);
                content.newLineAtOffset(25 * MM, PDRectangle.A4.getHeight() - 120 * MM);
                content.showText("Lettre recommandée avec accusé de réception.");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] producer(String fixture) {
        try (InputStream in = RegisteredDepositIT.class.getResourceAsStream("/producers/" + fixture)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
