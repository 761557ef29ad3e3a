package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.RegisteredLetters;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The node's JSON log (log/server.json.log) as an operator's collector reads it: one JSON object per line; every
 * line written for a deposit, while its request is served and while its file is analysed on a worker thread,
 * carries the request's correlation id (the partner's X-Correlation-ID, or one the platform gives and returns); and
 * no line holds what a partner sent about a person (names, e-mail and postal addresses) or a token or password,
 * whichever test put them on this server.
 */
@ExtendWith(ArquillianExtension.class)
class ServerLogsIT {

    private static final Path LOG_DIR = Path.of(System.getProperty("jboss.home", "target/server"), "standalone",
            "log");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
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
        String given = anonymous.headers().firstValue("X-Correlation-ID").orElse("");
        assertEquals(given, UUID.fromString(given).toString(), "a call without an id is given one, in its answer");
        await(line -> given.equals(correlationOf(line)) && message(line).contains(" analysed: "));

        List<String> whole = allLines();
        for (String secret : List.of(lastname, email, "Annick", "CLAIRE MARTIN", "AVENUE DE LA GARE",
                "claire.martin", partner, ApiClient.DEMO_USER_PASSWORD, "Bearer ", "eyJ")) {
            assertFalse(whole.stream().anyMatch(line -> line.contains(secret)), "the log holds « " + secret + " »: "
                    + whole.stream().filter(line -> line.contains(secret)).findFirst().orElse(""));
        }
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
