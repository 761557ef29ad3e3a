package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.ConsoleSession;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.RegisteredLetters;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The node's JSON log (log/server.json.log) as an operator's collector reads it: one JSON object per line; every
 * line written for a deposit, while its request is served and while its file is analysed on a worker thread,
 * carries the request's correlation id (the partner's X-Correlation-ID, or one the platform gives and returns), as
 * do the lines written while the staff console or a recipient's page serves a request; and no line holds what a
 * partner sent about a person (names, e-mail and postal addresses) or a token or password, whichever test put them
 * on this server.
 */
@ExtendWith(ArquillianExtension.class)
class ServerLogsIT {

    private static final Path LOG_DIR = Path.of(System.getProperty("jboss.home", "target/server"), "standalone",
            "log");
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String RECIPIENT_PAGES = Platform.BASE_URL + "/lre/";

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();

    @Deployment(name = "platform", order = 1, testable = false)
    static EnterpriseArchive platform() {
        return Platform.ear();
    }

    @Deployment(name = "console", order = 2, testable = false)
    static WebArchive console() {
        return Platform.console();
    }

    @Deployment(name = "recipient-pages", order = 3, testable = false)
    static WebArchive recipientPages() {
        return Platform.recipientPages();
    }

    @Test
    void aDepositsLinesCarryItsCorrelationIdFromRequestToAnalysisAndNothingPersonal() throws Exception {
        String lastname = randomLetters(10);
        String email = "log." + lastname.toLowerCase(Locale.ROOT) + "@exemple.fr";
        String filename = "journal-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        ApiClient.Answer deposited = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", filename, "application/pdf", LetterPdfs.conformingLetter(1))
                .json("jsonParameters", "{\"filename\":\"" + filename + "\",\"options\":{\"paper\":\"DUPLEX\","
                        + "\"sendingType\":\"LRE\"},\"recipient\":{\"information\":{\"emailAddress\":\"" + email
                        + "\",\"type\":\"PARTICULIER\",\"lastname\":\"" + lastname + "\",\"firstname\":\"Annick\"}}}"));
        assertEquals(200, deposited.status(), deposited.body());
        String partnersId = deposited.correlationId();

        List<JsonObject> traced = await(line -> partnersId.equals(correlationOf(line))
                && message(line).contains(" analysed: "));
        assertTrue(traced.stream().anyMatch(line -> message(line).contains(" received from partner ")),
                "the request's own line carries the partner's id: " + traced);
        assertTrue(traced.stream().map(line -> line.getString("threadName", "")).distinct().count() >= 2,
                "the id follows the file from the request's thread to the analysis worker: " + traced);

        ApiClient.Multipart registered = new ApiClient.Multipart()
                .file("document", "journal.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("options", RegisteredLetters.v2Options("journal.pdf"));
        HttpResponse<String> anonymous = DemoPki.client(DemoPki.certificateOf("demo-partner")).send(
                api.request("/api/v2/deposits", partner).header("Content-Type", registered.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(registered.bytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, anonymous.statusCode(), anonymous.body());
        assertGivenAnId(anonymous);
        String given = anonymous.headers().firstValue("X-Correlation-ID").orElseThrow();
        await(line -> given.equals(correlationOf(line)) && message(line).contains(" analysed: "));

        List<String> whole = allLines();
        for (String secret : List.of(lastname, email, "Annick", "CLAIRE MARTIN", "AVENUE DE LA GARE",
                "claire.martin", partner, ApiClient.DEMO_USER_PASSWORD, "Bearer ", "eyJ")) {
            assertFalse(whole.stream().anyMatch(line -> line.contains(secret)), "the log holds « " + secret + " »: "
                    + whole.stream().filter(line -> line.contains(secret)).findFirst().orElse(""));
        }
    }

    /**
     * A recipient's form posted back once its session has ended is answered with the "session ended" page and one
     * INFO line carrying the request's id: no ERROR, no stack trace.
     */
    @Test
    void aRecipientPagesLinesCarryTheirCorrelationId() throws Exception {
        HttpResponse<String> help = send(HttpRequest.newBuilder(URI.create(RECIPIENT_PAGES + "aide")).GET());
        assertEquals(200, help.statusCode());
        assertGivenAnId(help);

        String sent = UUID.randomUUID().toString();
        HttpResponse<String> stale = send(HttpRequest.newBuilder(URI.create(RECIPIENT_PAGES + "code.xhtml"))
                .header("X-Correlation-ID", sent)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code-form=code-form&code=123456"
                        + "&jakarta.faces.ViewState=" + UUID.randomUUID())));
        assertEquals(400, stale.statusCode());
        assertTrue(stale.body().contains("Votre session a pris fin"), stale.body());
        List<JsonObject> lines = await(line -> sent.equals(correlationOf(line))
                && message(line).contains("/session-terminee.xhtml"));
        assertTrue(lines.stream().anyMatch(line -> "INFO".equals(line.getString("level", ""))
                && message(line).contains("session ended")), lines.toString());
        assertFalse(lines.stream().anyMatch(line -> isError(line)), lines.toString());
        List<String> errors = allLines().stream().map(ServerLogsIT::parse)
                .filter(line -> isError(line) && message(line).contains("/code.xhtml"))
                .map(ServerLogsIT::message).toList();
        assertEquals(List.of(), errors, "the container logs no error with a stack trace for it");

        String followed = UUID.randomUUID().toString();
        HttpResponse<String> unknownLink = send(HttpRequest.newBuilder(URI.create(RECIPIENT_PAGES + "l/"
                + randomLetters(40))).header("X-Correlation-ID", followed).GET());
        assertEquals(404, unknownLink.statusCode());
        JsonObject audited = AuditProbe.eventOf(api, followed);
        assertEquals("lre.link-opened", audited.getString("operation"), audited.toString());
        assertEquals("REFUSED", audited.getString("outcome"), audited.toString());
        assertNoFacesWarnings();
    }

    /**
     * A run started through the API carries that request's id, in its audit records as in its lines; and a batch
     * thread that ran an earlier run (started by another request) does not lend it that run's id.
     */
    @Test
    void aBatchRunCarriesTheIdOfTheRequestThatStartedIt() throws Exception {
        String admin = Keycloak.adminToken();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ApiClient.Answer started = api.postJson("/admin/retention-runs", admin, "{\"dryRun\": true}");
            assertEquals(202, started.status(), started.body());
            long run = started.json().getJsonNumber("executionId").longValue();
            api.awaitJob("/admin/retention-runs", run, admin);
            for (String step : List.of("purge-expired-content", "purge-expired-audit-events")) {
                assertEquals(started.correlationId(), AuditProbe.eventOn(api, "batch retention-purge/" + step,
                        Long.toString(run)).getString("correlationId", null), step + " of run " + run);
            }
            ids.add(started.correlationId());
        }
        assertNotEquals(ids.get(0), ids.get(1));
    }

    /**
     * A refusal (no such webhook, event, deposit or partner; a state that forbids the action) is an answer, not a
     * failure of the server: none of these requests writes an ERROR line.
     */
    @Test
    void aRefusalWritesNoErrorLine() throws Exception {
        String admin = Keycloak.adminToken();
        String unknownHook = "/api/v2/webhooks/wh_01M92ZQ6243MNK6Y7E08FZTK2C";
        List<ApiClient.Answer> refused = List.of(api.getAs(unknownHook, partner),
                api.postJson(unknownHook + "/replays", partner, "{\"eventId\": \"evt_0000000000000000000000000X\"}"),
                api.postJson(unknownHook + "/pause", partner, "{}"),
                api.getAs("/api/v2/deposits/IFP-INCONNU-0000000000", partner),
                api.getAs("/admin/late-letters?partner=nobody-at-all", admin));
        for (ApiClient.Answer answer : refused) {
            assertTrue(answer.status() >= 400 && answer.status() < 500, answer.status() + " " + answer.body());
        }
        List<String> ids = refused.stream().map(ApiClient.Answer::correlationId).toList();
        List<String> errors = allLines().stream().map(ServerLogsIT::parse)
                .filter(line -> ids.contains(correlationOf(line)) && isError(line))
                .map(ServerLogsIT::message).toList();
        assertEquals(List.of(), errors);
    }

    /** An administrator's dry run of the retention purge, posted from its console page, logs the run it started. */
    @Test
    void aConsoleRequestsLinesCarryTheirCorrelationId() throws Exception {
        try (ConsoleSession admin = ConsoleSession.admin()) {
            String session = "JSESSIONID=" + admin.browser().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(ConsoleSession.CONSOLE
                    + "admin/accueil.xhtml")).header("Cookie", session).GET());
            assertEquals(200, home.statusCode());
            assertGivenAnId(home);

            admin.click("nav-operations");
            admin.click("vers-conservation");
            WebElement form = admin.browser().findElement(By.id("purge"));
            String viewState = form.findElement(By.name("jakarta.faces.ViewState")).getDomAttribute("value");
            String sent = UUID.randomUUID().toString();
            send(HttpRequest.newBuilder(URI.create(Platform.BASE_URL + form.getDomAttribute("action")))
                    .header("Cookie", session).header("X-Correlation-ID", sent)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("purge=purge&purge%3Adate=&purge%3Aessai=essai"
                            + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8))));
            String started = "Job retention-purge started as execution ";
            String line = await(l -> sent.equals(correlationOf(l)) && message(l).startsWith(started)).stream()
                    .map(ServerLogsIT::message).filter(m -> m.startsWith(started)).findFirst().orElseThrow();
            long run = Long.parseLong(line.substring(started.length()).split(" ")[0]);
            api.awaitJob("/admin/retention-runs", run, Keycloak.adminToken());
            assertEquals(sent, AuditProbe.eventOn(api, "batch retention-purge/purge-expired-content",
                    Long.toString(run)).getString("correlationId", null), "the run's steps are audited under its id");
            JsonObject audited = AuditProbe.eventOf(api, sent);
            assertEquals("console conservation.essai", audited.getString("operation"), "the staff action is audited"
                    + " under the request's id: " + audited);
            assertNoFacesWarnings();

            String late = UUID.randomUUID().toString();
            HttpResponse<String> stale = send(HttpRequest.newBuilder(URI.create(Platform.BASE_URL
                            + form.getDomAttribute("action"))).header("Cookie", session).header("X-Correlation-ID", late)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("purge=purge&purge%3Adate=&purge%3Aessai=essai"
                            + "&jakarta.faces.ViewState=" + UUID.randomUUID())));
            assertEquals(400, stale.statusCode(), "a form whose view is gone");
            assertTrue(stale.body().contains("Lien expiré"), stale.body());
            assertTrue(await(l -> late.equals(correlationOf(l)) && message(l).contains("/erreurs/lien-expire.xhtml"))
                    .stream().noneMatch(l -> isError(l)));

            // a protected page opened from outside the console's own links (a bookmark), without its token: refused
            // without an error, and the token that opens it is written nowhere in the log
            String token = admin.browser().findElements(By.tagName("a")).stream()
                    .map(link -> link.getDomAttribute("href")).filter(href -> href != null
                            && href.contains("jakarta.faces.Token="))
                    .map(href -> href.substring(href.indexOf("jakarta.faces.Token=") + 20).split("&")[0])
                    .findFirst().orElseThrow(() -> new AssertionError("the console links its protected pages with"
                            + " their token"));
            String bookmarked = UUID.randomUUID().toString();
            HttpResponse<String> outside = send(HttpRequest.newBuilder(URI.create(ConsoleSession.CONSOLE
                    + "admin/conservation.xhtml")).header("Cookie", session).header("X-Correlation-ID", bookmarked)
                    .GET());
            assertEquals(400, outside.statusCode(), "a protected page without its token");
            assertTrue(outside.body().contains("Lien expiré"), outside.body());
            assertTrue(await(l -> bookmarked.equals(correlationOf(l))
                    && message(l).contains("/erreurs/lien-expire.xhtml"))
                    .stream().noneMatch(l -> isError(l)));
            String decoded = URLDecoder.decode(token, StandardCharsets.UTF_8);
            assertTrue(allLines().stream().noneMatch(text -> text.contains(decoded) || text.contains(token)),
                    "the protected pages' token is in the log");
        }
    }

    /**
     * The pages leave Faces nothing to warn of: their metadata is where Faces looks for it, and the messages they
     * show are marked shown (Faces would otherwise log each as never displayed, with its text).
     */
    private static void assertNoFacesWarnings() throws IOException {
        List<String> warnings = allLines().stream().map(ServerLogsIT::parse)
                .filter(line -> line.getString("loggerName", "").startsWith("jakarta.enterprise.resource.webcontainer")
                        && (!"INFO".equals(line.getString("level", "")) || message(line).startsWith("WARNING")))
                .map(ServerLogsIT::message).distinct().toList();
        assertEquals(List.of(), warnings);
    }

    /** An error line, whichever name its logging API gives the level (JUL's SEVERE, the others' ERROR or FATAL). */
    private static boolean isError(JsonObject line) {
        return Set.of("ERROR", "SEVERE", "FATAL").contains(line.getString("level", ""));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return DemoPki.client(null).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertGivenAnId(HttpResponse<?> answer) {
        String given = answer.headers().firstValue("X-Correlation-ID").orElse("");
        assertEquals(given, UUID.fromString(given).toString(), "a request without an id is given one, in its answer");
    }

    /** The lines of the file's deposit once one of them matches {@code until}, every line of the log parsed. */
    private static List<JsonObject> await(Predicate<JsonObject> until) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<JsonObject> lines = new ArrayList<>();
            for (String text : allLines()) {
                lines.add(parse(text));
            }
            JsonObject found = lines.stream().filter(until).findFirst().orElse(null);
            if (found != null) {
                String id = correlationOf(found);
                return lines.stream().filter(line -> id.equals(correlationOf(line))).toList();
            }
            if (System.nanoTime() > deadline) {
                fail("no such line in the JSON log within " + PATIENCE);
            }
            Thread.sleep(300);
        }
    }

    /** Every line of the JSON log and its rotated files. */
    private static List<String> allLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(LOG_DIR)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.json.log")).toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        assertFalse(lines.isEmpty(), "the node writes its JSON log in " + LOG_DIR);
        return lines;
    }

    private static JsonObject parse(String line) {
        try {
            JsonValue value = Json.createReader(new StringReader(line)).readValue();
            assertEquals(JsonValue.ValueType.OBJECT, value.getValueType(), line);
            JsonObject object = value.asJsonObject();
            assertTrue(object.containsKey("timestamp") && object.containsKey("level") && object.containsKey("message"),
                    "a line tells when, how grave and what: " + line);
            return object;
        } catch (JsonParsingException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static String correlationOf(JsonObject line) {
        JsonObject mdc = line.getJsonObject("mdc");
        return mdc == null ? "" : mdc.getString("correlationId", "");
    }

    private static String message(JsonObject line) {
        return line.getString("message", "");
    }

    private static String randomLetters(int length) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
