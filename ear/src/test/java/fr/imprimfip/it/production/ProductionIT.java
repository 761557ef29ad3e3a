package fr.imprimfip.it.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.Purges;
import fr.imprimfip.it.RegisteredLetters;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.testing.LetterPdfs;
import fr.imprimfip.testing.RewrittenPdfs;

/**
 * Production on the real server: a cut-off gathers pending production letters into print lots of one kind, each
 * with a print-ready file whose sheets are marked and a manifest; the print centre reports per lot and per letter,
 * and partners see "Expédié", "Erreur" or, for registered mail, "Distribué". Sandbox letters never enter a lot, and
 * a letter whose stored file was tampered with is never printed. Other tests' letters may share the lots: every
 * assertion is about this test's own letters.
 */
@ExtendWith(ArquillianExtension.class)
class ProductionIT {

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();
    private final String printCentre = Keycloak.printCentreToken();
    private final String admin = Keycloak.adminToken();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void lettersGoThroughPrintLotsUntilHandedToLaPoste() throws Exception {
        String ref = api.submitPdf(partner, "production.pdf", LetterPdfs.file().letter("PROD-A", 1)
                .letter("PROD-B", 3).letter("PROD-C", 2).build()).json().getString("internalRef");
        String sandboxRef = api.submitPdf(Keycloak.partnerToken("demo-partner-sandbox"),
                "essai.pdf", LetterPdfs.conformingLetter(1)).json().getString("internalRef");
        assertEquals("Soumis", api.awaitAnalysed(partner, ref).getJsonObject("fileStatus").getString("status"));

        assertEquals(403, api.postJson("/admin/production-cutoffs", partner, "").status(),
                "only administrators call an extra cut-off");
        List<JsonObject> lots = cutOff();

        Map<String, JsonObject> mine = lettersOf(ref, lots);
        assertEquals(List.of("PROD-A", "PROD-B", "PROD-C"), mine.keySet().stream().sorted().toList(),
                "every pending letter joined a lot");
        assertTrue(lots.stream().flatMap(lot -> manifest(lot).getJsonArray("letters").stream())
                .noneMatch(l -> l.asJsonObject().getString("internalRef").equals(sandboxRef)),
                "sandbox letters never enter a print lot");

        JsonObject deposit = api.getAs("/api/v2/deposits/" + ref, partner).json();
        for (JsonObject document : deposit.getJsonArray("documents").getValuesAs(JsonObject.class)) {
            assertEquals("IN_PRODUCTION", document.getString("status"));
            JsonObject letter = mine.get(document.getString("businessRef"));
            JsonObject lot = letter.getJsonObject("lot");
            assertEquals("DUPLEX", lot.getString("paper"), "a lot holds one kind of letter");
            assertEquals("STD", lot.getString("sendingType"));
            assertEquals(document.getString("envelope"), lot.getString("envelope"));
            assertEquals(document.getString("postageClass"), lot.getString("postageClass"));
            assertEquals(document.getInt("sheets"), letter.getInt("sheets"));
            JsonObject joined = last(document.getJsonArray("timeline"));
            assertEquals("PRODUCTION", joined.getString("source"));
            assertEquals("Lot d'impression " + lot.getString("reference"), joined.getString("message"));
        }
        assertEquals(409, api.send(api.request("/api/v2/deposits/" + ref + "/documents/0", partner).DELETE())
                .status(), "a letter in production can no longer be deleted");

        for (JsonObject lot : distinctLots(mine)) {
            checkPrintFile(lot, mine);
        }

        JsonObject lotOfA = mine.get("PROD-A").getJsonObject("lot");
        String lotA = lotOfA.getString("reference");
        JsonObject printed = event("/editique/lots/" + lotA + "/events", "{\"event\":\"PRINTED\"}", 200);
        assertEquals("PRINTED", printed.getJsonObject("lot").getString("status"));
        assertTrue(printed.getInt("changedLetters") >= 1);
        JsonObject again = event("/editique/lots/" + lotA + "/events", "{\"event\":\"PRINTED\"}", 200);
        assertEquals(0, again.getInt("changedLetters"), "a report sent twice changes nothing");

        JsonObject b = mine.get("PROD-B");
        String lotB = b.getJsonObject("lot").getString("reference");
        event("/editique/lots/" + lotB + "/letters/" + b.getInt("sequence") + "/events",
                "{\"event\":\"ERROR\",\"message\":\"Pli abîmé à la mise sous pli\"}", 200);
        JsonObject refused = event("/editique/lots/" + lotB + "/letters/" + b.getInt("sequence") + "/events",
                "{\"event\":\"HANDED_OVER\"}", 409);
        assertEquals("urn:imprimfip:problem:conflict", refused.getString("type"));
        assertTrue(refused.getString("detail").contains("Erreur"), refused.toString());

        for (JsonObject lot : distinctLots(mine)) {
            JsonObject handedOver = event("/editique/lots/" + lot.getString("reference") + "/events",
                    "{\"event\":\"HANDED_OVER\",\"occurredAt\":\"" + Instant.now() + "\"}", 200);
            assertEquals("HANDED_OVER", handedOver.getJsonObject("lot").getString("status"));
        }
        JsonObject delivery = event("/editique/lots/" + lotA + "/letters/" + mine.get("PROD-A").getInt("sequence")
                + "/events", "{\"event\":\"DELIVERED\"}", 409);
        assertTrue(delivery.getString("detail").contains("courrier simple"), delivery.toString());

        JsonArray v1 = api.status(partner, ref).json().getJsonArray("docStatus");
        Map<String, String> statuses = v1.getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                d -> d.getString("reference"), d -> d.getString("status")));
        assertEquals(Map.of("PROD-A", "Expédié", "PROD-B", "Erreur", "PROD-C", "Expédié"), statuses);

        JsonObject a = api.getAs("/api/v2/deposits/" + ref, partner).json().getJsonArray("documents")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("businessRef").equals("PROD-A"))
                .findFirst().orElseThrow();
        JsonArray timeline = a.getJsonArray("timeline");
        assertEquals(List.of("PENDING", "IN_PRODUCTION", "IN_PRODUCTION", "SHIPPED"),
                timeline.getValuesAs(JsonObject.class).stream().map(c -> c.getString("status")).toList());
        assertEquals("PRINTED", timeline.getJsonObject(2).getString("productionStep"));
        assertEquals("PRINT_CENTRE", last(timeline).getString("source"));

        JsonObject handedOver = api.getAs("/editique/lots/" + lotA, printCentre).json();
        Instant expiry = Instant.parse(handedOver.getString("printFileExpiresAt"));
        assertTrue(expiry.isAfter(Instant.now().plusSeconds(86_400)), "the print file is kept a while: " + expiry);
        purgeAsOf(expiry);
        assertEquals(404, api.getAs("/editique/lots/" + lotA + "/print-file", printCentre).status(),
                "a handed-over lot's print file is destroyed at the end of its retention period");
        JsonObject purged = api.getAs("/editique/lots/" + lotA, printCentre).json();
        assertFalse(purged.containsKey("printFile"), purged.toString());
        assertEquals(200, api.getAs("/editique/lots/" + lotA + "/manifest", printCentre).status(),
                "the manifest stays");
    }

    private void purgeAsOf(Instant asOf) throws InterruptedException {
        JsonObject run = Purges.asOf(api, ServerClock.ofTestServer(), asOf);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    }

    @Test
    void registeredMailIsFollowedUntilDelivered() throws Exception {
        ApiClient.Multipart form = new ApiClient.Multipart()
                .file("document", "recommande.pdf", "application/pdf", LetterPdfs.file().letter("LRAR-1", 1).build())
                .json("options", RegisteredLetters.v2Options("recommande.pdf"));
        HttpRequest.Builder deposit = api.request("/api/v2/deposits", partner)
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
        ApiClient.Answer received = api.send(deposit);
        assertEquals(201, received.status(), received.body());
        String ref = received.json().getString("reference");
        api.awaitAnalysed(partner, ref);

        JsonObject letter = lettersOf(ref, cutOff()).get("LRAR-1");
        assertEquals("LRAR", letter.getJsonObject("lot").getString("sendingType"), "registered mail has its own lots");
        String lot = letter.getJsonObject("lot").getString("reference");
        String path = "/editique/lots/" + lot + "/letters/" + letter.getInt("sequence") + "/events";
        assertEquals(409, api.postJson(path, printCentre, "{\"event\":\"DELIVERED\"}").status(),
                "not handed to La Poste yet");
        event(path, "{\"event\":\"HANDED_OVER\",\"depositSlip\":\"BD-PROD-1\"}", 200);
        event(path, "{\"event\":\"OUT_FOR_DELIVERY\"}", 200);
        event(path, "{\"event\":\"DELIVERED\"}", 200);
        assertEquals("Distribué", api.status(partner, ref).json().getJsonArray("docStatus").getJsonObject(0)
                .getString("status"));
        JsonObject last = last(api.getAs("/api/v2/deposits/" + ref, partner).json().getJsonArray("documents")
                .getJsonObject(0).getJsonArray("timeline"));
        assertEquals("POSTAL_SERVICE", last.getString("source"));
    }

    @Test
    void aLetterWhoseStoredFileWasTamperedWithIsNeverPrinted() throws Exception {
        String ref = api.submitPdf(partner, "altere.pdf", LetterPdfs.file().letter("TAMPER-1", 1).build()).json()
                .getString("internalRef");
        api.awaitAnalysed(partner, ref);
        JsonObject stored = api.getAs("/admin/deposits/" + ref, admin).json();
        Path blob = Path.of(System.getProperty("jboss.home"), "standalone", "data", "imprimfip", "files",
                stored.getString("storageKey"));
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(blob, bytes);

        JsonObject letter = lettersOf(ref, cutOff()).get("TAMPER-1");
        assertFalse(letter.containsKey("firstPage") && !letter.isNull("firstPage"),
                "the letter is not in the print file");
        JsonObject document = api.getAs("/api/v2/deposits/" + ref, partner).json().getJsonArray("documents")
                .getJsonObject(0);
        assertEquals("ERROR", document.getString("status"));
        assertTrue(document.getString("message").contains("altéré"), document.toString());
    }

    /**
     * An annex whose second page is written inside its parent node, which PDF viewers and the analysis read but a
     * reader parsing the whole file loses: each letter is printed with its own page, then both annex pages, and the
     * next letter starts with its own page (it used to give each letter its neighbour's first page).
     */
    @Test
    void anAnnexPageAReaderCouldMissIsPrintedAndNoLetterTakesItsNeighboursPage() throws Exception {
        ApiClient.Answer answer = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "parent.pdf", "application/pdf",
                        LetterPdfs.file().letter("KID-1", 1).letter("KID-2", 1).build())
                .file("anxFile", "notice.pdf", "application/pdf",
                        RewrittenPdfs.pageWrittenInItsParent(LetterPdfs.file().letter(null, 2).build(), 1))
                .json("jsonParameters", "{\"filename\":\"parent.pdf\",\"options\":{\"paper\":\"DUPLEX\","
                        + "\"sendingType\":\"STD\"},\"annexes\":[{\"filename\":\"notice.pdf\"}]}"));
        assertEquals(200, answer.status(), answer.body());
        String ref = answer.json().getString("internalRef");
        assertEquals("Soumis", api.awaitAnalysed(partner, ref).getJsonObject("fileStatus").getString("status"));

        Map<String, JsonObject> mine = lettersOf(ref, cutOff());
        assertEquals(List.of("KID-1", "KID-2"), mine.keySet().stream().sorted().toList());
        for (JsonObject lot : distinctLots(mine)) {
            checkPrintFile(lot, mine);
        }
        for (JsonObject letter : mine.values()) {
            assertEquals(2, letter.getInt("sheets"), "its page and the annex's two");
            try (PDDocument pdf = printFile(letter.getJsonObject("lot"))) {
                int first = letter.getInt("firstPage");
                for (int annexPage = first + 1; annexPage <= first + 2; annexPage++) {
                    String text = text(pdf, annexPage);
                    assertFalse(text.contains("KID-"), "an annex page, no letter's: " + text);
                    assertTrue(text.contains("voici la page " + (annexPage - first) + " de"), "annex pages in order: "
                            + text);
                }
            }
        }
    }

    /**
     * A file exported for print with a bleed and crop marks around each A4 page (its media box larger, its crop box
     * the letter): the analysis reads the letters within their crop box and the print file prints them as viewers show
     * them, on A4, neither the bleed nor the marks (it used to print the whole larger sheet).
     */
    @Test
    void aFileLaidOnLargerSheetsWithCropMarksIsPrintedAsTheA4LettersInside() throws Exception {
        byte[] plain = LetterPdfs.file().letter("BLEED-1", 1).letter("BLEED-2", 2).build();
        String ref = api.submitPdf(partner, "fond-perdu.pdf", RewrittenPdfs.withBleed(plain, 24)).json()
                .getString("internalRef");
        assertEquals("Soumis", api.awaitAnalysed(partner, ref).getJsonObject("fileStatus").getString("status"));
        Map<String, JsonObject> mine = lettersOf(ref, cutOff());
        assertEquals(List.of("BLEED-1", "BLEED-2"), mine.keySet().stream().sorted().toList());
        for (JsonObject lot : distinctLots(mine)) {
            checkPrintFile(lot, mine);
        }
        JsonObject second = mine.get("BLEED-2");
        try (PDDocument printed = printFile(second.getJsonObject("lot")); PDDocument source = Loader.loadPDF(plain)) {
            for (int page = 0; page < 2; page++) {
                String expected = text(source, 2 + page).strip();
                String text = text(printed, second.getInt("firstPage") + page);
                assertTrue(text.startsWith(expected.substring(0, Math.min(200, expected.length()))),
                        "page " + (page + 1) + " of BLEED-2 printed as deposited: " + text);
            }
        }
    }

    /**
     * A file whose pages' content is in several run-length parts (a standard filter OpenPDF does not decode itself)
     * is printed, each letter with its own pages.
     */
    @Test
    void aFileWhoseContentIsInRunLengthPartsIsPrintedLetterByLetter() throws Exception {
        String ref = api.submitPdf(partner, "rle.pdf", RewrittenPdfs.contentInRunLengthParts(
                LetterPdfs.file().letter("RLE-1", 1).letter("RLE-2", 2).build())).json().getString("internalRef");
        assertEquals("Soumis", api.awaitAnalysed(partner, ref).getJsonObject("fileStatus").getString("status"));
        Map<String, JsonObject> mine = lettersOf(ref, cutOff());
        assertEquals(List.of("RLE-1", "RLE-2"), mine.keySet().stream().sorted().toList());
        for (JsonObject lot : distinctLots(mine)) {
            checkPrintFile(lot, mine);
        }
        try (PDDocument pdf = printFile(mine.get("RLE-2").getJsonObject("lot"))) {
            String second = text(pdf, mine.get("RLE-2").getInt("firstPage") + 1);
            assertTrue(second.contains("voici la page 2 de"), "the second page, on the back of the sheet: " + second);
        }
    }

    /**
     * A file the analysis accepted but which the print file's reader does not read as the analysis did (here made
     * so by the test server's fault injection: production expects one page more than the file has): its letters are
     * put in error with a message saying what to do, the administrators are told, and the rest of the lot is printed,
     * its counts matching its print file; nothing is tried for ever.
     */
    @Test
    void aFileProductionCannotReadAsAnalysedIsLeftOutInErrorAndTheRestOfItsLotIsPrinted() throws Exception {
        String good = api.submitPdf(partner, "lisible.pdf", LetterPdfs.file().letter("READ-1", 1).build()).json()
                .getString("internalRef");
        String bad = api.submitPdf(partner, "panne-impression.pdf", LetterPdfs.file().letter("MISS-1", 1)
                .letter("MISS-2", 2).build()).json().getString("internalRef");
        assertEquals("Soumis", api.awaitAnalysed(partner, good).getJsonObject("fileStatus").getString("status"));
        assertEquals("Soumis", api.awaitAnalysed(partner, bad).getJsonObject("fileStatus").getString("status"));

        List<JsonObject> lots = cutOff();
        Map<String, JsonObject> printed = lettersOf(good, lots);
        for (JsonObject lot : distinctLots(printed)) {
            checkPrintFile(lot, printed);
        }
        Map<String, JsonObject> leftOut = lettersOf(bad, lots);
        assertEquals(List.of("MISS-1", "MISS-2"), leftOut.keySet().stream().sorted().toList());
        assertTrue(leftOut.values().stream().allMatch(l -> !l.containsKey("firstPage") || l.isNull("firstPage")),
                "not in any print file: " + leftOut);
        for (JsonObject document : api.getAs("/api/v2/deposits/" + bad, partner).json().getJsonArray("documents")
                .getValuesAs(JsonObject.class)) {
            assertEquals("ERROR", document.getString("status"), document.toString());
            assertTrue(document.getString("message").contains("ne peuvent pas être reproduites"),
                    document.toString());
        }
        JsonArray alerts = api.getAs("/admin/notifications?topic=LETTERS_UNPRINTABLE", admin).jsonArray();
        assertTrue(alerts.stream().map(JsonObject.class::cast).anyMatch(alert -> "LETTERS_UNPRINTABLE".equals(
                alert.getString("topic")) && alert.getString("subject").contains(bad)
                && alert.getString("body").contains("finds 3 pages where the analysis read 4")), alerts.toString());
    }

    @Test
    void aLotThePlatformFailsToComposeIsToldToTheAdministratorsAtEachFailureAndComposedAtALaterCutOff()
            throws Exception {
        String ref = api.submitPdf(partner, "panne-composition.pdf", LetterPdfs.file().letter("COMPOSE-1", 1)
                .letter("COMPOSE-2", 1).build()).json().getString("internalRef");
        assertEquals("Soumis", api.awaitAnalysed(partner, ref).getJsonObject("fileStatus").getString("status"));

        Map<String, JsonObject> mine = lettersOf(ref, cutOff());
        assertEquals(List.of("COMPOSE-1", "COMPOSE-2"), mine.keySet().stream().sorted().toList());
        List<JsonObject> lots = distinctLots(mine);
        assertEquals(1, lots.size(), "one file of standard letters, one lot: " + lots);
        String lot = lots.get(0).getString("reference");
        int letters = manifest(lots.get(0)).getJsonArray("letters").size(); // other tests' letters may share it
        assertEquals("COMPOSING", lotStatus(lot), "its print file could not be written");
        assertEquals(1, compositionAlerts(lot, letters, 1), "the administrators are told at once");

        try (ServerClock clock = ServerClock.ofTestServer()) {
            cutOff();
            assertEquals(0, compositionAlerts(lot, letters, 2), "a lot whose claim is fresh is not taken again");
            clock.movedTo(Instant.now().plus(Duration.ofMinutes(31)));
            cutOff();
            assertEquals("COMPOSING", lotStatus(lot));
            assertEquals(1, compositionAlerts(lot, letters, 2), "a second failure is told too");
            clock.movedTo(Instant.now().plus(Duration.ofMinutes(62)));
            cutOff();
        }
        assertEquals("READY", lotStatus(lot), "composed at the first cut-off once the fault is gone");
        assertEquals(0, compositionAlerts(lot, letters, 3));
        Map<String, JsonObject> printed = lettersOf(ref, lots);
        checkPrintFile(lots.get(0), printed);
        for (JsonObject document : api.getAs("/api/v2/deposits/" + ref, partner).json().getJsonArray("documents")
                .getValuesAs(JsonObject.class)) {
            assertEquals("IN_PRODUCTION", document.getString("status"), document.toString());
        }
    }

    private String lotStatus(String lot) {
        return api.getAs("/editique/lots/" + lot, printCentre).json().getString("status");
    }

    /** The alerts telling that composing {@code lot} failed at {@code attempt}, each checked for what it must say. */
    private long compositionAlerts(String lot, int letters, int attempt) {
        List<JsonObject> alerts = api.getAs("/admin/notifications?topic=LOT_NOT_COMPOSED", admin).jsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(alerts.stream().allMatch(alert -> "LOT_NOT_COMPOSED".equals(alert.getString("topic"))), "one topic");
        return alerts.stream().filter(alert -> alert.getString("subject").contains(lot)
                        && alert.getString("body").contains("tentative " + attempt + " :"))
                .peek(alert -> {
                    String body = alert.getString("body");
                    assertTrue(body.contains("(" + letters + " plis,") && body.contains("IllegalStateException at ")
                            && body.contains("LotFaults.whileComposing"), body);
                    assertFalse(body.contains("Injected failure"), "never the failure's message: " + body);
                })
                .count();
    }

    @Test
    void thePrintCentreDoorRefusesWhatItCannotUse() {
        assertEquals(403, api.getAs("/editique/lots", partner).status(), "partners do not see print lots");
        assertEquals(403, api.getAs("/api/v2/deposits", printCentre).status(), "the print centre is no partner");
        ApiClient.Answer unknown = api.postJson("/editique/lots/LOT-20000101-9999/events", printCentre,
                "{\"event\":\"PRINTED\"}");
        assertEquals(404, unknown.status());
        assertEquals("urn:imprimfip:problem:not-found", unknown.json().getString("type"));
        JsonObject lot = firstLot();
        String events = "/editique/lots/" + lot.getString("reference") + "/events";
        assertEquals(400, api.postJson(events, printCentre, "{\"event\":\"BURNT\"}").status());
        assertEquals(400, api.postJson(events, printCentre, "{}").status());
        assertEquals(400, api.postJson(events, printCentre, "{\"event\":\"PRINTED\",\"occurredAt\":\""
                + Instant.now().plusSeconds(3_600) + "\"}").status(), "an event cannot happen in the future");
        assertEquals(400, api.postJson(events, printCentre, "{\"event\":\"PRINTED\",\"occurredAt\":\"hier\"}")
                .status());
        assertEquals(409, api.postJson(events, printCentre, "{\"event\":\"DELIVERED\"}").status(),
                "delivery is reported letter by letter");
        assertEquals(400, api.getAs("/editique/lots?status=LOST", printCentre).status());
    }

    @Test
    void productionFiguresAreExposedForMonitoring() throws Exception {
        assertEquals(403, api.getAs("/admin/metrics/production", partner).status());
        Map<String, Long> before = metrics();
        String ref = api.submitPdf(partner, "mesure.pdf", LetterPdfs.conformingLetter(1)).json()
                .getString("internalRef");
        api.awaitAnalysed(partner, ref);
        assertTrue(metrics().get("imprimfip_letters_pending") >= 1, "the new letter waits for a cut-off");
        cutOff();
        Map<String, Long> after = metrics();
        assertTrue(after.get("imprimfip_letters_in_production") >= before.get("imprimfip_letters_in_production") + 1);
        assertTrue(after.get("imprimfip_print_lots{status=\"READY\"}") >= 1);
        int listed = api.getAs("/admin/late-letters", admin).jsonArray().size();
        assertEquals(Math.min(after.get("imprimfip_letters_late"), 1_000), listed,
                "the metric counts the letters the administrators' list shows");
    }

    private Map<String, Long> metrics() {
        ApiClient.Answer answer = api.getAs("/admin/metrics/production", admin);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.headers().get("content-type").get(0).startsWith("text/plain"));
        return answer.body().lines().filter(line -> !line.startsWith("#"))
                .map(line -> line.split(" "))
                .collect(Collectors.toMap(parts -> parts[0], parts -> Long.parseLong(parts[1])));
    }

    private JsonObject firstLot() {
        String ref = api.submitPdf(partner, "lot.pdf", LetterPdfs.conformingLetter(1)).json().getString("internalRef");
        try {
            api.awaitAnalysed(partner, ref);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<JsonObject> lots = cutOff();
        assertFalse(lots.isEmpty());
        return lots.get(0);
    }

    private void checkPrintFile(JsonObject lot, Map<String, JsonObject> mine) throws IOException,
            NoSuchAlgorithmException {
        JsonObject described = api.getAs("/editique/lots/" + lot.getString("reference"), printCentre).json();
        assertEquals("READY", described.getString("status"));
        ApiClient.Download file = api.download(described.getJsonObject("printFile").getString("href"), printCentre);
        assertEquals(described.getJsonObject("printFile").getString("sha256"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.bytes())),
                "the print file is the one described");
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            assertEquals(described.getInt("printPages"), pdf.getNumberOfPages());
            for (PDPage page : pdf.getPages()) {
                PDRectangle shown = page.getCropBox();
                assertTrue(Math.abs(shown.getWidth() - PDRectangle.A4.getWidth()) < 0.5
                        && Math.abs(shown.getHeight() - PDRectangle.A4.getHeight()) < 0.5
                        && page.getRotation() == 0, "every page printed upright on A4: " + shown);
            }
            assertEquals(2 + 2 * described.getInt("sheets"), pdf.getNumberOfPages(),
                    "a cover sheet, then every sheet of every letter printed on both sides");
            assertTrue(text(pdf, 1).contains(lot.getString("reference")), "the cover sheet names the lot");
            for (Map.Entry<String, JsonObject> entry : mine.entrySet()) {
                JsonObject letter = entry.getValue();
                if (!letter.getJsonObject("lot").getString("reference").equals(lot.getString("reference"))) {
                    continue;
                }
                int first = letter.getInt("firstPage");
                int sheets = letter.getInt("sheets");
                String mark = String.format("%s pli %06d feuille", lot.getString("reference"), letter.getInt("sequence"));
                for (int sheet = 1; sheet <= sheets; sheet++) {
                    String front = text(pdf, first + 2 * (sheet - 1));
                    assertTrue(front.contains(mark + " " + sheet + "/" + sheets), "sheet mark on " + front);
                }
                assertTrue(text(pdf, first).contains(entry.getKey()), "the letter's own page starts there");
            }
        }
    }

    private PDDocument printFile(JsonObject lot) throws IOException {
        JsonObject described = api.getAs("/editique/lots/" + lot.getString("reference"), printCentre).json();
        return Loader.loadPDF(api.download(described.getJsonObject("printFile").getString("href"), printCentre)
                .bytes());
    }

    /** The letters of deposit {@code ref} found in the manifests of {@code lots}, by business reference. */
    private Map<String, JsonObject> lettersOf(String ref, List<JsonObject> lots) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonObject lot : lots) {
            JsonObject manifest = manifest(lot);
            for (JsonObject letter : manifest.getJsonArray("letters").getValuesAs(JsonObject.class)) {
                if (letter.getString("internalRef").equals(ref)) {
                    found.add(jakarta.json.Json.createObjectBuilder(letter).add("lot", manifest.getJsonObject("lot"))
                            .build());
                }
            }
        }
        return found.stream().collect(Collectors.toMap(l -> l.getString("businessRef"), Function.identity()));
    }

    private JsonObject manifest(JsonObject lot) {
        ApiClient.Answer manifest = api.getAs("/editique/lots/" + lot.getString("reference") + "/manifest",
                printCentre);
        assertEquals(200, manifest.status(), manifest.body());
        return manifest.json();
    }

    private static List<JsonObject> distinctLots(Map<String, JsonObject> letters) {
        return new ArrayList<>(letters.values().stream().map(l -> l.getJsonObject("lot"))
                .collect(Collectors.toMap(l -> l.getString("reference"), Function.identity(), (x, y) -> x))
                .values());
    }

    private List<JsonObject> cutOff() {
        ApiClient.Answer answer = api.postJson("/admin/production-cutoffs", admin, "");
        assertEquals(200, answer.status(), answer.body());
        List<JsonObject> lots = answer.jsonArray().getValuesAs(JsonObject.class);
        lots.forEach(lot -> assertNotNull(lot.getString("reference")));
        return lots;
    }

    private JsonObject event(String path, String json, int expectedStatus) {
        ApiClient.Answer answer = api.postJson(path, printCentre, json);
        assertEquals(expectedStatus, answer.status(), answer.body());
        return answer.json();
    }

    private static JsonObject last(JsonArray array) {
        return array.getJsonObject(array.size() - 1);
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
