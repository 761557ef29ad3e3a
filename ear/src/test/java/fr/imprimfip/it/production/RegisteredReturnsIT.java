package fr.imprimfip.it.production;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.AcknowledgementScans;
import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LettersInLots;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.RegisteredLetters;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.testing.LetterPdfs;

/**
 * What comes back of a registered letter, on the real server: a v1 LRAR deposit goes through its print lot, is
 * handed to La Poste with its deposit slip, delivered, its acknowledgement of receipt uploaded by the print centre,
 * and the partner downloads both proofs through v2; the other outcomes (refused, failed with its reason, "Négligé"
 * only after the holding period) and hostile acknowledgement uploads. Other tests' letters may share the lots: every
 * event is sent letter by letter, to this test's own letters.
 */
@ExtendWith(ArquillianExtension.class)
class RegisteredReturnsIT {

    private static final String SLIP = "BD-IT-2026-0001";

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();
    private final String printCentre = Keycloak.printCentreToken();
    private final String admin = Keycloak.adminToken();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aDeliveredLetterHasItsProofOfDepositAndItsAcknowledgement() throws Exception {
        String ref = depositLrar("ar.pdf", "AR-1").get("AR-1");
        String letter = letterPaths(Map.of("AR-1", ref)).get("AR-1");
        String proof = "/api/v2/deposits/" + ref + "/documents/0/proof-of-deposit";
        String ack = "/api/v2/deposits/" + ref + "/documents/0/acknowledgement";

        ApiClient.Answer early = api.getAs(proof, partner);
        assertEquals(404, early.status(), early.body());
        assertTrue(early.body().contains("remis à La Poste"), early.body());
        assertEquals(400, event(letter, "{\"event\":\"HANDED_OVER\"}").status(), "an LRAR hand-over needs its slip");
        JsonObject handedOver = expect(200, event(letter, "{\"event\":\"HANDED_OVER\",\"depositSlip\":\"" + SLIP
                + "\"}"));
        assertEquals(1, handedOver.getInt("changedLetters"));
        JsonObject again = expect(200, event(letter, "{\"event\":\"HANDED_OVER\",\"depositSlip\":\"" + SLIP + "\"}"));
        assertEquals(0, again.getInt("changedLetters"));
        assertEquals(1, again.getInt("unchangedLetters"), "the same event twice changes nothing");

        byte[] scan = AcknowledgementScans.png(Color.BLUE);
        assertEquals(409, upload(letter, "image/png", scan).status(), "no acknowledgement before delivery");
        // dated a little ahead (the print centre's clock may be up to 5 minutes ahead), so that an event dated
        // between the hand-over and the presentation is still after the lot was built
        Instant presented = Instant.now().plusSeconds(120).truncatedTo(ChronoUnit.MILLIS);
        expect(200, event(letter, "{\"event\":\"OUT_FOR_DELIVERY\",\"occurredAt\":\"" + presented + "\"}"));
        ApiClient.Answer outOfOrder = event(letter, "{\"event\":\"DELIVERED\",\"occurredAt\":\""
                + presented.minusSeconds(60) + "\"}");
        assertEquals(409, outOfOrder.status(), outOfOrder.body());
        assertTrue(outOfOrder.header("Content-Type").startsWith("application/problem+json"), outOfOrder.body());
        assertTrue(outOfOrder.json().getString("detail").contains("daté d'avant"), outOfOrder.body());
        AuditProbe.assertRefusalAudited(api, outOfOrder, "daté d'avant");
        expect(200, event(letter, "{\"event\":\"DELIVERED\",\"occurredAt\":\"" + presented + "\"}"));

        ApiClient.Answer disguised = upload(letter, "image/png", "<html><body>AR</body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, disguised.status(), disguised.body());
        assertTrue(disguised.json().getString("detail").contains("PNG"), disguised.body());
        assertEquals(415, upload(letter, "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8)).status());
        byte[] truncated = java.util.Arrays.copyOf(scan, scan.length / 2);
        assertEquals(400, upload(letter, "image/png", truncated).status(), "a truncated image");
        assertEquals(413, upload(letter, "application/pdf", new byte[6 * 1024 * 1024]).status(),
                "larger than 5 MiB");
        assertEquals(404, api.getAs(ack, partner).status(), "nothing kept of the refused uploads");

        JsonObject kept = expect(200, upload(letter, "image/png", scan));
        assertTrue(kept.getBoolean("changed"), kept.toString());
        assertFalse(expect(200, upload(letter, "image/png", scan)).getBoolean("changed"), "the same scan again");
        assertEquals(409, upload(letter, "image/png", AcknowledgementScans.png(Color.RED)).status(), "another scan for the same letter");

        JsonObject document = api.getAs("/api/v2/deposits/" + ref, partner).json().getJsonArray("documents")
                .getJsonObject(0);
        JsonArray timeline = document.getJsonArray("timeline");
        JsonObject shipped = change(timeline, "SHIPPED");
        assertEquals(SLIP, shipped.getString("depositSlip"));
        assertEquals("POSTAL_SERVICE", change(timeline, "DELIVERED").getString("source"));
        assertNotNull(change(timeline, "DELIVERED").getString("acknowledgementReceivedAt"));
        List<String> proofs = document.getJsonArray("proofs").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("kind") + " " + p.getString("href")).toList();
        assertEquals(List.of("PROOF_OF_DEPOSIT " + proof, "ACKNOWLEDGEMENT_OF_RECEIPT " + ack), proofs);

        ApiClient.Download pdf = api.download(proof, partner);
        assertEquals("application/pdf", pdf.headers().get("content-type").get(0));
        String text = text(pdf.bytes());
        for (String expected : List.of("Preuve de dépôt", SLIP, "AR-1", ref)) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertTrue(text.contains("MADAME CLAIRE MARTIN") || text.contains("adresse non conservée"), text);
        String number = document.getString("registeredNumber", null);
        assertTrue(number == null || text.contains(number), text);

        ApiClient.Download acknowledgement = api.download(ack, partner);
        assertEquals("image/png", acknowledgement.headers().get("content-type").get(0));
        assertArrayEquals(scan, acknowledgement.bytes(), "the scan as it was sent, decrypted");
        AuditProbe.eventOn(api, "GET DepositsResource.proofOfDeposit", ref + "/documents/0/proof-of-deposit");
        AuditProbe.eventOn(api, "GET DepositsResource.acknowledgement", ref + "/documents/0/acknowledgement");

        String other = Keycloak.otherPartnerToken();
        assertEquals(404, api.getAs(proof, other).status(), "another partner's letter is not found");
        assertEquals(404, api.getAs(ack, other).status());
        assertEquals("Distribué", api.status(partner, ref).json().getJsonArray("docStatus").getJsonObject(0)
                .getString("status"));
    }

    @Test
    void refusedFailedAndUnclaimedLetters() throws Exception {
        Map<String, String> refs = depositLrar("retours.pdf", "RET-REFUSED", "RET-FAILED", "RET-UNCLAIMED");
        Map<String, String> letters = letterPaths(refs);
        for (String letter : letters.values()) {
            expect(200, event(letter, "{\"event\":\"HANDED_OVER\",\"depositSlip\":\"" + SLIP + "\"}"));
        }
        List<String> silent = api.getAs("/admin/late-letters?asOf=" + Instant.now().plus(Duration.ofDays(11)), admin)
                .jsonArray().getValuesAs(JsonObject.class).stream().filter(l -> refs.containsValue(l.getString("internalRef")))
                .map(l -> l.getString("businessRef")).sorted().toList();
        assertEquals(List.of("RET-FAILED", "RET-REFUSED", "RET-UNCLAIMED"), silent,
                "registered letters without news 10 days after their hand-over are late");
        String notYetLate = api.getAs("/admin/late-letters?asOf=" + Instant.now().plus(Duration.ofDays(9)), admin)
                .body();
        assertTrue(refs.values().stream().noneMatch(notYetLate::contains), "not before");

        expect(200, event(letters.get("RET-REFUSED"), "{\"event\":\"OUT_FOR_DELIVERY\"}"));
        expect(200, event(letters.get("RET-REFUSED"), "{\"event\":\"REFUSED\"}"));
        assertEquals(409, upload(letters.get("RET-REFUSED"), "image/png", AcknowledgementScans.png(Color.BLUE)).status(),
                "the letter itself comes back, not an acknowledgement");

        assertEquals(400, event(letters.get("RET-FAILED"), "{\"event\":\"DELIVERY_FAILED\"}").status(),
                "a failed delivery needs its reason");
        expect(200, event(letters.get("RET-FAILED"), "{\"event\":\"DELIVERY_FAILED\",\"message\":"
                + "\"Destinataire inconnu à l'adresse\"}"));

        expect(200, event(letters.get("RET-UNCLAIMED"), "{\"event\":\"OUT_FOR_DELIVERY\"}"));
        ApiClient.Answer early = event(letters.get("RET-UNCLAIMED"), "{\"event\":\"NOT_COLLECTED\"}");
        assertEquals(409, early.status(), early.body());
        assertTrue(early.json().getString("detail").contains("15 jours"), early.body());
        try (ServerClock clock = ServerClock.ofTestServer().movedTo(Instant.now().plus(Duration.ofDays(16)))) {
            expect(200, event(letters.get("RET-UNCLAIMED"), "{\"event\":\"NOT_COLLECTED\"}"));
        }

        Map<String, JsonObject> v1 = new HashMap<>();
        for (String ref : refs.values()) {
            api.status(partner, ref).json().getJsonArray("docStatus").getValuesAs(JsonObject.class)
                    .forEach(d -> v1.put(d.getString("reference"), d));
        }
        assertEquals("Refusé", v1.get("RET-REFUSED").getString("status"));
        assertEquals("Echec de distribution", v1.get("RET-FAILED").getString("status"));
        assertTrue(v1.get("RET-FAILED").getString("message").contains("Destinataire inconnu"), v1.toString());
        assertEquals("Négligé", v1.get("RET-UNCLAIMED").getString("status"));
        String refused = refs.get("RET-REFUSED");
        assertEquals(404, api.getAs("/api/v2/deposits/" + refused + "/documents/0/acknowledgement", partner)
                .status());
        assertEquals(200, api.getAs("/api/v2/deposits/" + refused + "/documents/0/proof-of-deposit", partner)
                .status(),
                "handed over: its proof of deposit exists whatever followed");
    }

    /** One LRAR file per letter (the contract's one recipient), each letter bearing its reference: their refs. */
    private Map<String, String> depositLrar(String filename, String... references) throws InterruptedException {
        Map<String, String> refs = new HashMap<>();
        for (String reference : references) {
            String ref = RegisteredLetters.depositV1(api, partner, reference + "-" + filename,
                    LetterPdfs.file().letter(reference, 1).build());
            refs.put(reference, ref);
        }
        for (String ref : refs.values()) {
            api.awaitAnalysed(partner, ref);
        }
        return refs;
    }

    /** Cuts off the production letters, then finds the path of each of these deposits' letters in its lot. */
    private Map<String, String> letterPaths(Map<String, String> refs) {
        Map<String, String> paths = new HashMap<>();
        for (LettersInLots.LetterInLot letter : LettersInLots.cutOff(api, refs.values())) {
            assertEquals("LRAR", letter.sendingType());
            paths.put(letter.businessRef(), letter.path());
        }
        assertEquals(refs.size(), paths.size(), "each letter is in a lot: " + paths);
        return paths;
    }

    private ApiClient.Answer event(String letter, String json) {
        return api.postJson(letter + "/events", printCentre, json);
    }

    private ApiClient.Answer upload(String letter, String type, byte[] scan) {
        return api.send(api.request(letter + "/acknowledgement", printCentre).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(scan)));
    }

    private static JsonObject expect(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        return answer.json();
    }

    private static JsonObject change(JsonArray timeline, String status) {
        return timeline.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("status").equals(status))
                .findFirst().orElseThrow(() -> new AssertionError(status + " in " + timeline));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
