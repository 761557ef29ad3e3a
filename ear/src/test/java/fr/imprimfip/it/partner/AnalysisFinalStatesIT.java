package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import com.lowagie.text.PageSize;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.HostilePdfs;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Every deposit reaches a final state: a file whose analysis keeps failing is put in error (STR-010), audited and
 * told to the administrators; letters breaking rules on every page are refused with messages that fit their
 * columns, without taking the good letters of their file down; and after a corpus of hostile and faulty files the
 * analysis watchdog is back to zero.
 */
@ExtendWith(ArquillianExtension.class)
class AnalysisFinalStatesIT {

    /** The work budget's own deadline (5 minutes): no analysis outlasts it, however slow the machine. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final int STATUS_COLUMN = 1000;

    /** Files made by Ghostscript, Cairo and ReportLab (ejb/src/test/resources/producers), with their letters. */
    private static final Map<String, Integer> PRODUCERS = Map.of("ghostscript-isolatin1.pdf", 3,
            "ghostscript-standard.pdf", 2, "cairo-three-letters.pdf", 3, "cairo-mono-letter.pdf", 1,
            "reportlab-two-letters.pdf", 2);

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aFileWhoseAnalysisKeepsFailingIsPutInErrorAuditedAndToldToTheAdministrators() throws Exception {
        String token = Keycloak.demoPartnerToken();
        String ref = api.submitPdf(token, "panne-analyse-" + UUID.randomUUID() + ".pdf",
                LetterPdfs.conformingLetter(1)).json().getString("internalRef");

        JsonObject file = api.awaitAnalysed(token, ref).getJsonObject("fileStatus");
        assertEquals("Erreur", file.getString("status"), file.toString());
        assertTrue(file.getString("message").startsWith("[STR-010]"), file.toString());
        assertTrue(file.getString("message").contains(ref), "the partner is given the reference to quote: " + file);

        String admin = Keycloak.adminToken();
        JsonObject deposit = api.getAs("/admin/deposits/" + ref, admin).json();
        assertEquals(3, deposit.getInt("analysisAttempts"), "tried the configured number of times: " + deposit);
        JsonObject event = AuditProbe.eventOn(api, "deposit.analysis-abandoned", ref);
        assertEquals("FAILED", event.getString("outcome"));
        assertTrue(event.getString("reason").contains("IllegalStateException"), event.toString());
        JsonArray alerts = api.getAs("/admin/notifications?topic=ANALYSIS_ABANDONED", admin).jsonArray();
        assertTrue(alerts.stream().map(JsonObject.class::cast).anyMatch(alert -> "ANALYSIS_ABANDONED".equals(
                        alert.getString("topic")) && alert.getString("subject").contains(ref)
                        && alert.getJsonArray("recipients").getString(0).equals("astreinte@imprimfip.test")),
                "the administrators on call are told: " + alerts);
    }

    @Test
    void lettersBreakingRulesEverywhereAreRefusedWithinTheirColumnsAndTheGoodOnesGoOn() throws Exception {
        String token = Keycloak.demoPartnerToken();
        List<String> unreadableAddress = IntStream.rangeClosed(1, 14)
                .mapToObj(line -> "LIGNE D'ADRESSE TRÈS LONGUE NUMÉRO " + line + " QUI DÉBORDE DE LA FENÊTRE")
                .toList();
        byte[] pdf = LetterPdfs.file().letter("BON-1", 1).letter("MAUVAIS-2", 3, unreadableAddress)
                .letter("BON-3", 2).build();
        String ref = api.submitPdf(token, "trois-courriers.pdf", pdf).json().getString("internalRef");

        JsonObject status = api.awaitAnalysed(token, ref);
        assertEquals("Soumis avec des erreurs", status.getJsonObject("fileStatus").getString("status"), status.toString());
        JsonArray letters = status.getJsonArray("docStatus");
        assertEquals("En attente de traitement", letters.getJsonObject(0).getString("status"));
        assertEquals("En attente de traitement", letters.getJsonObject(2).getString("status"));
        String refusal = letters.getJsonObject(1).getString("message");
        assertTrue(refusal.length() <= STATUS_COLUMN, refusal.length() + ": " + refusal);
        assertTrue(refusal.contains("[ADR-003]"), refusal);
        assertEquals(refusal.indexOf("[ADR-003]"), refusal.lastIndexOf("[ADR-003]"), "each rule said once: " + refusal);

        for (var size : List.of(PageSize.A4.rotate(), PageSize.LETTER)) {
            String one = api.submitPdf(token, "format.pdf", LetterPdfs.file().letter(null, 16).pageSize(size).build())
                    .json().getString("internalRef");
            JsonObject letter = api.awaitAnalysed(token, one).getJsonArray("docStatus").getJsonObject(0);
            assertEquals("Erreur", letter.getString("status"), letter.toString());
            assertTrue(letter.getString("message").contains("(pages 1–16)"), letter.toString());
        }
    }

    @Test
    void aFileBuiltToCostHoursIsRefusedWithinItsBudgetWhileOtherFilesAreAnalysed() throws Exception {
        String token = Keycloak.demoPartnerToken();
        String heavy = api.submitPdf(token, "lourd.pdf", HostilePdfs.sharedHeavyStream(50_000, 1_900_000)).json()
                .getString("internalRef");
        List<String> letters = IntStream.range(0, 3).mapToObj(i -> api.submitPdf(token, "courrier-" + i + ".pdf",
                LetterPdfs.conformingLetter(1)).json().getString("internalRef")).toList();
        for (String letter : letters) {
            assertEquals("Soumis", api.awaitAnalysed(token, letter).getJsonObject("fileStatus").getString("status"));
        }
        JsonObject refused = awaitFinal(token, heavy);
        assertEquals("Erreur", refused.getString("status"), refused.toString());
        assertTrue(refused.getString("message").startsWith("[STR-008]"), refused.toString());

        String admin = Keycloak.adminToken();
        Instant heavyDone = Instant.parse(api.getAs("/admin/deposits/" + heavy, admin).json().getString("analyzedAt"));
        for (String letter : letters) {
            Instant done = Instant.parse(api.getAs("/admin/deposits/" + letter, admin).json().getString("analyzedAt"));
            assertTrue(done.isBefore(heavyDone), "analysed while the heavy file was still being read: " + letter);
        }
    }

    @Test
    void lettersWrittenByOtherProducersAreSplitAndAccepted() throws Exception {
        String token = Keycloak.demoPartnerToken();
        for (Map.Entry<String, Integer> fixture : PRODUCERS.entrySet()) {
            String ref = api.submitPdf(token, fixture.getKey(), producer(fixture.getKey())).json()
                    .getString("internalRef");
            JsonObject file = api.awaitAnalysed(token, ref).getJsonObject("fileStatus");
            assertEquals("Soumis", file.getString("status"), fixture.getKey() + ": " + file);
            assertEquals(fixture.getValue(), file.getInt("analyzedDoc"), fixture.getKey() + ": " + file);
        }
    }

    @Test
    void afterHostileAndFaultyFilesTheWatchdogIsBackToZero() throws Exception {
        String token = Keycloak.demoPartnerToken();
        byte[] whole = LetterPdfs.conformingLetter(2);
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("pas-un-pdf.pdf", "ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8));
        corpus.put("tronque.pdf", Arrays.copyOf(whole, whole.length / 3));
        corpus.put("imbrique.pdf", HostilePdfs.deeplyNested(200_000));
        corpus.put("inondation.pdf", HostilePdfs.operatorFlood(3_000_000));
        corpus.put("javascript.pdf", LetterPdfs.file().letter(null, 1).withJavaScript().build());
        corpus.put("piece-jointe.pdf", LetterPdfs.file().letter(null, 1).withAttachment().build());
        corpus.put("paysage.pdf", LetterPdfs.file().letter(null, 1).pageSize(PageSize.A4.rotate()).build());
        corpus.put("us-letter.pdf", LetterPdfs.file().letter(null, 16).pageSize(PageSize.LETTER).build());
        corpus.put("panne-analyse-corpus.pdf", LetterPdfs.conformingLetter(1));
        corpus.put("conforme.pdf", LetterPdfs.conformingLetter(1));
        for (String fixture : PRODUCERS.keySet()) {
            byte[] letters = producer(fixture);
            corpus.put(fixture, letters);
            corpus.put("tronque-" + fixture, Arrays.copyOf(letters, letters.length / 2));
        }

        Map<String, String> refs = new LinkedHashMap<>();
        corpus.forEach((name, content) -> {
            ApiClient.Answer answer = api.submitPdf(token, name, content);
            if (answer.status() == 201 || answer.status() == 200) {
                refs.put(name, answer.json().getString("internalRef"));
            } else {
                assertTrue(answer.status() >= 400 && answer.status() < 500, name + ": " + answer.body());
            }
        });
        assertTrue(refs.size() >= corpus.size() - 2, "the corpus was received: " + refs.keySet());

        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Map<String, Long> watch = watchdog();
        while (watch.get("imprimfip_files_in_analysis") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            watch = watchdog();
        }
        assertEquals(0, watch.get("imprimfip_files_in_analysis"), "no file left in analysis: " + watch);
        assertEquals(0, watch.get("imprimfip_files_in_analysis_oldest_seconds"), watch.toString());
        for (Map.Entry<String, String> deposited : refs.entrySet()) {
            JsonObject file = api.status(token, deposited.getValue()).json().getJsonObject("fileStatus");
            assertNotEquals("En cours de soumission", file.getString("status"), deposited.getKey() + ": " + file);
        }
    }

    private static byte[] producer(String fixture) {
        try (InputStream in = AnalysisFinalStatesIT.class.getResourceAsStream("/producers/" + fixture)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonObject awaitFinal(String token, String ref) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonObject file = api.status(token, ref).json().getJsonObject("fileStatus");
            if (!"En cours de soumission".equals(file.getString("status")) || System.nanoTime() > deadline) {
                return file;
            }
            Thread.sleep(500);
        }
    }

    private Map<String, Long> watchdog() {
        ApiClient.Answer answer = api.getAs("/admin/metrics/analysis", Keycloak.adminToken());
        assertEquals(200, answer.status(), answer.body());
        Map<String, Long> values = new LinkedHashMap<>();
        answer.body().lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> values.put(line.split(" ")[0], Long.parseLong(line.split(" ")[1])));
        return values;
    }
}
