package fr.imprimfip.it.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
import fr.imprimfip.registered.RegisteredNumber;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Registered letters with acknowledgement of receipt on the real server: administrators record ranges of registered
 * numbers; each LRAR letter takes the next number of its print centre's range when it enters a print lot, the
 * manifest lists it with the letter's addresses, and the print file carries its registered-mail form. A cut-off that
 * fails gives its numbers back. Other tests' letters may share the lots: assertions are about this test's letters.
 */
@ExtendWith(ArquillianExtension.class)
class RegisteredLettersIT {

    private static final String RANGES = "/admin/registered-number-ranges";
    private static final String RECIPIENT = "{\"name\":\"MADAME CLAIRE MARTIN\",\"line2\":\"8 AVENUE DE LA GARE\","
            + "\"zipCode\":\"69002\",\"town\":\"LYON\"}";
    private static final String RETURN_ADDRESS = "{\"name\":\"DDFIP DU RHONE\",\"line2\":\"SERVICE DES AMENDES\","
            + "\"line4\":\"3 RUE DE LA CHARITE\",\"zipCode\":\"69002\",\"town\":\"LYON\"}";

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();
    private final String printCentre = Keycloak.printCentreToken();
    private final String admin = Keycloak.adminToken();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void administratorsRecordRangesThatNeverOverlap() {
        JsonObject range = recordFreshRange("CE-ESSAI");
        int first = range.getInt("firstSerial");
        assertEquals("CE-ESSAI", range.getString("printCentre"));
        assertEquals(first, range.getInt("nextSerial"), "nothing given yet");
        assertEquals(1000, range.getJsonNumber("remaining").longValue());
        assertEquals(new RegisteredNumber("RT", first, "FR").format(), range.getString("firstNumber"),
                "the first number with its check digit");
        assertTrue(list().stream().anyMatch(r -> r.getInt("id") == range.getInt("id")), "listed");

        String overlapping = body("CE-AUTRE", "RT", first + 500, first + 1500);
        ApiClient.Answer refused = api.send(api.request(RANGES, admin).header("Content-Type", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(overlapping)));
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("never given twice"), refused.body());
        ApiClient.Answer enFrancais = api.postJson(RANGES, admin, overlapping);
        assertEquals(409, enFrancais.status());
        assertTrue(enFrancais.json().getString("detail").contains("jamais donné deux fois"), enFrancais.body());

        assertEquals(400, api.postJson(RANGES, admin, body("CE-ESSAI", "rt", 0, 10)).status(), "lowercase");
        assertEquals(400, api.postJson(RANGES, admin, body("CE-ESSAI", "RT", 20, 10)).status(), "last < first");
        assertEquals(400, api.postJson(RANGES, admin, body("CE-ESSAI", "RT", 0, 100_000_000)).status(),
                "nine digits");
        assertEquals(400, api.postJson(RANGES, admin, "{}").status());
        assertEquals(403, api.postJson(RANGES, partner, body("CE-ESSAI", "RT", 0, 10)).status(),
                "administrators only");
        assertEquals(403, api.getAs(RANGES, printCentre).status());
    }

    @Test
    void eachLrarLetterTakesTheNextNumberAndCarriesItsFormAndAddresses() throws Exception {
        recordFreshRange("CE-ESSAI");
        String first = lrarV1("recommande-1.pdf", "RECO-1");
        String second = lrarV1("recommande-2.pdf", "RECO-2");
        List<JsonObject> lots = cutOff();

        JsonObject a = letterOf(first, lots);
        JsonObject b = letterOf(second, lots);
        assertEquals("LRAR", a.getJsonObject("lot").getString("sendingType"), "registered mail has its own lots");
        assertEquals(a.getJsonObject("lot").getString("reference"), b.getJsonObject("lot").getString("reference"));
        RegisteredNumber numberA = RegisteredNumber.parse(a.getString("registeredNumber"));
        RegisteredNumber numberB = RegisteredNumber.parse(b.getString("registeredNumber"));
        assertNotEquals(numberA, numberB);
        assertEquals(numberA.serviceIndicator(), numberB.serviceIndicator());
        assertEquals(b.getInt("sequence") - a.getInt("sequence"), numberB.serial() - numberA.serial(),
                "numbers are given in the lot's order, one after the other");

        List<String> forms = new ArrayList<>();
        try (PDDocument pdf = printFile(a.getJsonObject("lot"))) {
            for (JsonObject letter : List.of(a, b)) {
                String afterLetter = text(pdf, letter.getInt("firstPage") + 2 * letter.getInt("sheets"));
                assertTrue(afterLetter.contains("Preuve de dépôt"), afterLetter);
                assertTrue(afterLetter.contains(letter.getString("registeredNumber")), afterLetter);
                String receipt = text(pdf, letter.getInt("firstPage") + 2 * letter.getInt("sheets") + 1);
                assertTrue(receipt.contains("AVIS DE RÉCEPTION"), receipt);
                assertTrue(receipt.contains(letter.getString("registeredNumber")), receipt);
                forms.add(afterLetter + receipt);
            }
        }
        // the addresses the partner gave, in the manifest and on both sides of the form
        assertRecipientAndReturnAddress(a);
        assertRecipientAndReturnAddress(b);
        for (String form : forms) {
            assertTrue(form.contains("MADAME CLAIRE MARTIN") && form.contains("8 AVENUE DE LA GARE"), form);
            assertTrue(form.contains("DDFIP DU RHONE") && form.contains("3 RUE DE LA CHARITE"), form);
            assertFalse(form.contains("Adresse non disponible"), form);
        }
    }

    @Test
    void aCutOffThatFailsGivesItsNumbersBack() throws Exception {
        String ok = lrarV1("recommande-avant.pdf", "RECO-AVANT");
        String failing = lrarV1("panne-lot-recommande.pdf", "RECO-PANNE");
        Map<Long, Integer> before = nextSerials();
        try {
            ApiClient.Answer failed = api.postJson("/admin/production-cutoffs", admin, "");
            assertEquals(500, failed.status(), failed.body());
            assertEquals(before, nextSerials(), "no number was given: the ranges are as they were");
            for (String ref : List.of(ok, failing)) {
                JsonObject document = api.getAs("/api/v2/deposits/" + ref, partner).json().getJsonArray("documents")
                        .getJsonObject(0);
                assertEquals("PENDING", document.getString("status"), "the letters wait for the next cut-off");
            }
        } finally {
            ApiClient.Answer deleted = api.send(api.request("/api/v2/deposits/" + failing + "/documents/0", partner)
                    .DELETE());
            assertTrue(deleted.status() < 300, deleted.body());
        }
        List<JsonObject> lots = cutOff();
        RegisteredNumber number = RegisteredNumber.parse(letterOf(ok, lots).getString("registeredNumber"));
        JsonObject range = list().stream().filter(r -> r.getString("serviceIndicator")
                        .equals(number.serviceIndicator()) && r.getInt("firstSerial") <= number.serial()
                        && number.serial() <= r.getInt("lastSerial")).findFirst().orElseThrow();
        // other tests' registered letters may have waited for this cut-off too: the numbers it gave from the range
        // start where the failed cut-off had started, and follow one another
        List<Integer> given = new ArrayList<>();
        for (JsonObject lot : lots) {
            for (JsonObject letter : api.getAs("/editique/lots/" + lot.getString("reference") + "/manifest",
                    printCentre).json().getJsonArray("letters").getValuesAs(JsonObject.class)) {
                if (letter.containsKey("registeredNumber") && !letter.isNull("registeredNumber")) {
                    RegisteredNumber other = RegisteredNumber.parse(letter.getString("registeredNumber"));
                    if (other.serviceIndicator().equals(number.serviceIndicator())
                            && other.serial() >= range.getInt("firstSerial")
                            && other.serial() <= range.getInt("lastSerial")) {
                        given.add(other.serial());
                    }
                }
            }
        }
        given.sort(null);
        int start = before.get(range.getJsonNumber("id").longValue());
        assertEquals(IntStream.range(start, start + given.size()).boxed().toList(), given,
                "the next cut-off gives the numbers the failed one had taken, from the same serial on: none is lost");
        assertTrue(given.contains(number.serial()), given + " holds " + number);
    }

    private void assertRecipientAndReturnAddress(JsonObject letter) {
        JsonObject recipient = letter.getJsonObject("recipient");
        JsonObject returnAddress = letter.getJsonObject("returnAddress");
        assertEquals("MADAME CLAIRE MARTIN", recipient.getString("name"), letter.toString());
        assertEquals("8 AVENUE DE LA GARE", recipient.getString("line2"));
        assertEquals("69002", recipient.getString("zipCode"));
        assertEquals("LYON", recipient.getString("town"));
        assertEquals("DDFIP DU RHONE", returnAddress.getString("name"));
        assertEquals("3 RUE DE LA CHARITE", returnAddress.getString("line4"));
    }

    /** A v1 LRAR deposit of one letter, with its recipient's address and return address, analysed. */
    private String lrarV1(String filename, String letter) throws Exception {
        String parameters = "{\"filename\":\"" + filename + "\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":"
                + "\"LRAR\"},\"recipient\":{\"address\":" + RECIPIENT + "},\"sender\":{\"returnAddress\":"
                + RETURN_ADDRESS + "}}";
        ApiClient.Answer answer = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", filename, "application/pdf", LetterPdfs.file().letter(letter, 1).build())
                .json("jsonParameters", parameters));
        assertTrue(answer.status() < 300, answer.body());
        String ref = answer.json().getString("internalRef");
        assertEquals("Soumis", api.awaitAnalysed(partner, ref).getJsonObject("fileStatus").getString("status"));
        return ref;
    }

    /** A range of a thousand numbers no other range shares (indicator RT, a random block of serials). */
    private JsonObject recordFreshRange(String centre) {
        for (int attempt = 0; attempt < 5; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(0, 99_999) * 1000;
            ApiClient.Answer answer = api.postJson(RANGES, admin, body(centre, "RT", first, first + 999));
            if (answer.status() == 201) {
                return answer.json();
            }
            assertEquals(409, answer.status(), answer.body());
        }
        throw new AssertionError("no free block of serials found");
    }

    private static String body(String centre, String indicator, int first, int last) {
        return "{\"printCentre\":\"" + centre + "\",\"serviceIndicator\":\"" + indicator + "\",\"firstSerial\":"
                + first + ",\"lastSerial\":" + last + ",\"country\":\"FR\"}";
    }

    private List<JsonObject> list() {
        ApiClient.Answer answer = api.getAs(RANGES, admin);
        assertEquals(200, answer.status(), answer.body());
        return answer.jsonArray().getValuesAs(JsonObject.class);
    }

    private Map<Long, Integer> nextSerials() {
        return list().stream().collect(Collectors.toMap(r -> r.getJsonNumber("id").longValue(),
                r -> r.getInt("nextSerial"), (x, y) -> x, HashMap::new));
    }

    private List<JsonObject> cutOff() {
        ApiClient.Answer answer = api.postJson("/admin/production-cutoffs", admin, "");
        assertEquals(200, answer.status(), answer.body());
        return answer.jsonArray().getValuesAs(JsonObject.class);
    }

    /** The one letter of deposit {@code ref} in the manifests of {@code lots}, with its lot. */
    private JsonObject letterOf(String ref, List<JsonObject> lots) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonObject lot : lots) {
            ApiClient.Answer manifest = api.getAs("/editique/lots/" + lot.getString("reference") + "/manifest",
                    printCentre);
            assertEquals(200, manifest.status(), manifest.body());
            for (JsonObject letter : manifest.json().getJsonArray("letters").getValuesAs(JsonObject.class)) {
                if (letter.getString("internalRef").equals(ref)) {
                    found.add(jakarta.json.Json.createObjectBuilder(letter)
                            .add("lot", manifest.json().getJsonObject("lot")).build());
                }
            }
        }
        assertEquals(1, found.size(), "one letter of " + ref + " in the lots built");
        return found.get(0);
    }

    private PDDocument printFile(JsonObject lot) throws IOException {
        JsonObject described = api.getAs("/editique/lots/" + lot.getString("reference"), printCentre).json();
        assertEquals("READY", described.getString("status"));
        ApiClient.Download file = api.download(described.getJsonObject("printFile").getString("href"), printCentre);
        PDDocument pdf = Loader.loadPDF(file.bytes());
        assertEquals(described.getInt("printPages"), pdf.getNumberOfPages());
        return pdf;
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
