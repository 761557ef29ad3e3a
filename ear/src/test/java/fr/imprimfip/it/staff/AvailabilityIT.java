package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

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
import fr.imprimfip.it.ServerClock;

/**
 * The service's availability measured by its own probes (CGU §11): the node records a probe every second (test
 * setting); while an announced maintenance window is open, the v1 health check answers the contract's 503 with
 * Retry-After and the probes record the service unavailable, so the month's report shows an incident over that
 * time, ongoing then closed once the window is cancelled, in the JSON and in the monthly PDF; its figures add up.
 * The node's health checks (management interface) report it ready on the database, content store, content key and
 * Keycloak's keys, alive on its analysis, with the maintenance and the analysis backlog told beside.
 */
@ExtendWith(ArquillianExtension.class)
class AvailabilityIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter PDF_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(PARIS);

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aMaintenanceWindowIsAnIncidentOfTheMonthAndTheHealthCheckSaysSo() throws Exception {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.demoPartnerToken();
        ApiClient.Answer healthy = api.get("/api/v1/etatSante", ApiClient.v1Headers(partner));
        assertEquals(200, healthy.status(), healthy.body());
        assertEquals("L'API est opérationnelle", healthy.json().getString("message"));

        JsonObject probed = await("a recent successful probe of this node", admin, report ->
                latestProbe(report).filter(p -> p.getBoolean("available")
                        && Duration.between(Instant.parse(p.getString("probedAt")),
                        Instant.parse(report.getString("generatedAt"))).toSeconds() <= 5).map(p -> report));
        assertEquals(1, probed.getInt("slotSeconds"));
        assertNotNull(probed.getString("measuredFrom", null), "the month is measured since the first probe");
        Instant lastSeenUp = Instant.parse(latestProbe(probed).orElseThrow().getString("probedAt"))
                .truncatedTo(ChronoUnit.SECONDS);

        Instant announcedAt = Instant.now();
        // the window's incident starts at the window's start (a second before the announcement, maybe after the last
        // probe that saw the node up) or earlier, at a probe missed under load after that one, which joins it
        Instant windowStart = announcedAt.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Instant incidentFrom = lastSeenUp.isBefore(windowStart) ? lastSeenUp : windowStart;
        ApiClient.Answer announced = api.postJson("/admin/maintenance-windows", admin, "{\"startsAt\":\""
                + announcedAt.minusSeconds(1) + "\",\"endsAt\":\"" + announcedAt.plusSeconds(60)
                + "\",\"reason\":\"Mesure de disponibilité\",\"urgency\":\"URGENT\","
                + "\"shortNoticeJustification\":\"Intervention immédiate sur le serveur\"}");
        assertEquals(201, announced.status(), announced.body());
        long window = announced.json().getJsonNumber("id").longValue();
        JsonObject during;
        String incidentStart;
        try {
            ApiClient.Answer down = api.get("/api/v1/etatSante", ApiClient.v1Headers(partner));
            assertEquals(503, down.status(), down.body());
            assertEquals(920503, down.json().getJsonObject("erreur").getInt("code"));
            long retryAfter = Long.parseLong(down.header("retry-after"));
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "until the window's end: " + retryAfter);

            // the current slot counts as down until its probe is recorded: the incident may show before the first
            // probe the maintenance refused, which is awaited too
            during = await("an ongoing incident since the window opened, its latest probe refused", admin,
                    report -> ongoingIncidentSince(report.getJsonObject("opening"), incidentFrom)
                            .flatMap(i -> latestProbe(report).filter(probe -> !probe.getBoolean("available")))
                            .map(probe -> report));
            incidentStart = ongoingIncidentSince(during.getJsonObject("opening"), incidentFrom).orElseThrow()
                    .getString("start");
            JsonObject node = latestProbe(during).orElseThrow();
            assertFalse(node.getBoolean("available"));
            assertTrue(node.getString("failure").startsWith("maintenance until"), node.toString());

            JsonObject ready = health("/health/ready", 200);
            assertTrue(ready.getString("maintenance").startsWith("until "),
                    "a window keeps the node in traffic, told beside the verdicts: " + ready);
        } finally {
            assertEquals(200, api.send(api.request("/admin/maintenance-windows/" + window, admin).DELETE()).status());
        }
        Instant cancelledAt = Instant.now();
        assertEquals(200, api.get("/api/v1/etatSante", ApiClient.v1Headers(partner)).status(), "up again");

        JsonObject after = await("the incident closed", admin, report ->
                incidentStarting(report.getJsonObject("opening"), incidentStart)
                        .filter(i -> !i.getBoolean("ongoing")).map(i -> report));
        JsonObject incident = incidentStarting(after.getJsonObject("opening"), incidentStart).orElseThrow();
        Instant start = Instant.parse(incident.getString("start"));
        Instant end = Instant.parse(incident.getString("end"));
        long duration = incident.getJsonNumber("durationSeconds").longValue();
        assertEquals(Duration.between(start, end).toSeconds(), duration);
        assertTrue(duration >= 1 && !end.isAfter(cancelledAt.plusSeconds(3)), "the window's time: " + incident);
        assertTrue(after.getJsonObject("opening").getJsonNumber("longestOutageSeconds").longValue() >= duration);
        boolean inCoverage = !LocalTime.ofInstant(start, PARIS).isBefore(LocalTime.of(7, 0))
                && LocalTime.ofInstant(end.minusSeconds(1), PARIS).isBefore(LocalTime.of(20, 0));
        assertEquals(inCoverage, incidentStarting(after.getJsonObject("coverage"), incidentStart).isPresent(),
                "the coverage range (7:00-20:00 Paris) holds the incident when it happened in it");
        for (String range : new String[] {"opening", "coverage"}) {
            figuresAddUp(after.getJsonObject(range));
        }

        ApiClient.Download pdf = api.download("/admin/availability?month=" + after.getString("month"), admin,
                "application/pdf");
        assertTrue(pdf.headers().get("content-type").get(0).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Disponibilité de l'API Imprim'FIP — " + after.getString("month")), text);
            assertTrue(text.contains("Plage d'ouverture (0:00-24:00)") && text.contains("Plage de couverture"), text);
            assertTrue(text.contains("97,16 %"), text);
            assertTrue(text.contains(PDF_TIME.format(start)), "the incident's start in Paris time: " + text);
        }

        assertEquals(400, api.getAs("/admin/availability?month=2026-13", admin).status());
        assertEquals(403, api.getAs("/admin/availability", partner).status());
    }

    @Test
    void theNodeIsReadyOnWhatEveryRequestNeedsAndAlive() throws Exception {
        JsonObject ready = health("/health/ready", 200);
        for (String condition : new String[] {"database", "content-store", "content-key", "token-keys"}) {
            assertEquals("UP", ready.getString(condition), condition + " in " + ready);
        }
        assertEquals("none", ready.getString("maintenance"));
        assertTrue(ready.getString("analysis-backlog").matches("\\d+ files waiting, the oldest for \\d+ s, \\d+ tried again"),
                ready.toString());
        assertEquals("UP", health("/health/live", 200).getString("analysis"));
    }

    /** The data of the platform's check in the server's health answer at {@code path}, which has {@code status}. */
    private static JsonObject health(String path, int status) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + ServerClock.MANAGEMENT_PORT + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(status, answer.statusCode(), answer.body());
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(check -> "imprimfip".equals(check.getString("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no imprimfip check: " + answer.body()))
                    .getJsonObject("data");
        }
    }

    /** The measured and available seconds, the rate (rounded down) and the verdict against 97.16 % agree. */
    private static void figuresAddUp(JsonObject range) {
        long measured = range.getJsonNumber("measuredSeconds").longValue();
        long available = range.getJsonNumber("availableSeconds").longValue();
        long down = range.getJsonArray("incidents").getValuesAs(JsonObject.class).stream()
                .mapToLong(i -> i.getJsonNumber("durationSeconds").longValue()).sum();
        assertEquals(measured - down, available, range.toString());
        if (measured > 0) {
            BigDecimal rate = BigDecimal.valueOf(available * 100).divide(BigDecimal.valueOf(measured), 2,
                    RoundingMode.DOWN);
            assertEquals(0, rate.compareTo(range.getJsonNumber("rate").bigDecimalValue()), range.toString());
            assertEquals(available * 10_000 >= 9_716 * measured, range.getBoolean("met"));
            assertEquals(0, new BigDecimal("97.16").compareTo(range.getJsonNumber("target").bigDecimalValue()));
        }
    }

    /**
     * The window's incident, ongoing while the window is open: the last of {@code range}'s, which alone may be
     * ongoing (a probe missed just before the window makes an incident of its own, closed, which this one is not, or
     * joins the window's), started no earlier than {@code since}, when a probe last saw the node up.
     */
    private static Optional<JsonObject> ongoingIncidentSince(JsonObject range, Instant since) {
        return range.getJsonArray("incidents").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getBoolean("ongoing"))
                .filter(i -> !Instant.parse(i.getString("start")).isBefore(since))
                .findFirst();
    }

    /**
     * The incident of {@code range} that started at {@code start}, within 2 s: a slot counted down while its probe
     * was not yet recorded may turn out available once it is, moving the start by a slot.
     */
    private static Optional<JsonObject> incidentStarting(JsonObject range, String start) {
        Instant seen = Instant.parse(start);
        return range.getJsonArray("incidents").getValuesAs(JsonObject.class).stream()
                .filter(i -> Math.abs(Duration.between(seen, Instant.parse(i.getString("start"))).toSeconds()) <= 2)
                .reduce((first, later) -> later);
    }

    private static Optional<JsonObject> latestProbe(JsonObject report) {
        return report.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .max((a, b) -> a.getString("probedAt").compareTo(b.getString("probedAt")));
    }

    /** Reads the current month's report until {@code seen} finds what it looks for (20 s at most). */
    private JsonObject await(String what, String admin, Function<JsonObject, Optional<JsonObject>> seen)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonObject report = null;
        while (System.nanoTime() < deadline) {
            ApiClient.Answer answer = api.getAs("/admin/availability", admin);
            assertEquals(200, answer.status(), answer.body());
            report = answer.json();
            Optional<JsonObject> found = seen.apply(report);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not seen within 20 s: " + what + "; last report " + report);
    }
}
