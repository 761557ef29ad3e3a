package fr.imprimfip.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import fr.imprimfip.testing.LetterPdfs;

/**
 * An HTTPS client of the platform that trusts the demo CA only, as a partner's application would be set up: each
 * request presents the client certificate its bearer token was issued for (the token's {@code azp}), unless the
 * client was made to present a given one ({@link #presenting}).
 */
public final class ApiClient {

    private final String baseUrl;
    /** The keystore to present whatever the token, {@code ""} for none; null to follow the token. */
    private final String forcedIdentity;

    public ApiClient() {
        this(Platform.BASE_URL);
    }

    /** A client of the node at {@code baseUrl}. */
    public ApiClient(String baseUrl) {
        this(baseUrl, null);
    }

    private ApiClient(String baseUrl, String forcedIdentity) {
        this.baseUrl = baseUrl;
        this.forcedIdentity = forcedIdentity;
    }

    /** The same client, presenting the certificate of keystore {@code identity} ({@code ""}: none) on every call. */
    public ApiClient presenting(String identity) {
        return new ApiClient(baseUrl, identity);
    }

    private HttpClient http(HttpRequest request) {
        if (forcedIdentity != null) {
            return DemoPki.client(forcedIdentity.isEmpty() ? null : forcedIdentity);
        }
        return DemoPki.client(DemoPki.certificateOf(request.headers().firstValue("Authorization")
                .map(ApiClient::authorizedParty).orElse(null)));
    }

    /** The {@code azp} claim of a bearer token, read without checking anything (the server does). */
    private static String authorizedParty(String authorization) {
        try {
            return TokenClaims.of(authorization.replaceFirst("^Bearer ", "")).getString("azp", null);
        } catch (RuntimeException notAToken) {
            return null;
        }
    }

    /** An answer: status, headers and body (JSON when there is one). */
    public record Answer(int status, Map<String, List<String>> headers, String body, String correlationId) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** A multipart body built part by part. */
    public static final class Multipart {
        private final String boundary = "----imprimfip" + UUID.randomUUID();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Multipart file(String name, String filename, String contentType, byte[] content) {
            head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                    + "Content-Type: " + contentType + "\r\n");
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** A part with the headers given as they are, for parts no well-behaved client would write. */
        public Multipart part(String headers, byte[] content) {
            head(headers);
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        public Multipart json(String name, String json) {
            head("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: application/json\r\n");
            out.writeBytes(json.getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        private void head(String headers) {
            out.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        public byte[] bytes() {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            copy.writeBytes(out.toByteArray());
            copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return copy.toByteArray();
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }
    }

    public static String v1Parameters(String filename) {
        return "{\"filename\":\"" + filename + "\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\"}}";
    }

    public Answer submit(String token, Multipart form) {
        return send(HttpRequest.newBuilder(uri("/api/v1/file/submission"))
                .headers(v1Headers(token))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    public Answer submitPdf(String token, String filename, byte[] pdf) {
        return submit(token, new Multipart().file("docFile", filename, "application/pdf", pdf)
                .json("jsonParameters", v1Parameters(filename)));
    }

    public Answer status(String token, String internalRef) {
        return get("/api/v1/file/" + internalRef + "/status", v1Headers(token));
    }

    /** A one-page letter deposited by the partner of {@code token}, once analysed: its internal reference. */
    public String analysedLetter(String token, String filename) throws Exception {
        String ref = submitPdf(token, filename, LetterPdfs.conformingLetter(1)).json().getString("internalRef");
        awaitAnalysed(token, ref);
        return ref;
    }

    /** Polls the status until the file is analysed (or 60 s pass). */
    public JsonObject awaitAnalysed(String token, String internalRef) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Answer answer = status(token, internalRef);
            if (answer.status() != 200) {
                throw new AssertionError("status answered " + answer.status() + ": " + answer.body());
            }
            JsonObject json = answer.json();
            if (!"En cours de soumission".equals(json.getJsonObject("fileStatus").getString("status"))) {
                return json;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("File " + internalRef + " still not analysed after 60 s");
            }
            Thread.sleep(250);
        }
    }

    /** Polls a job run at {@code base}/{@code executionId} until it ends (or 60 s pass) and returns it. */
    public JsonObject awaitJob(String base, long executionId, String token) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject run = getAs(base + "/" + executionId, token).json();
            String status = run.getString("batchStatus");
            if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("STOPPED")) {
                return run;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Job execution " + executionId + " not finished after 60 s: " + run);
            }
            Thread.sleep(200);
        }
    }

    public Answer get(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder);
    }

    public Answer postJson(String path, String token, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request to {@code path} of this client's node, bearing {@code token}. */
    public HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
    }

    /** The bytes at {@code path}, with the answer's headers; fails unless the answer is 200. */
    public Download download(String path, String token) {
        return download(path, token, "*/*");
    }

    /** The same, asking for {@code accept}. */
    public Download download(String path, String token, String accept) {
        try {
            HttpRequest request = request(path, token).header("Accept", accept).timeout(Duration.ofSeconds(60))
                    .GET().build();
            HttpResponse<byte[]> response = http(request).send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return new Download(response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file fetched from the platform. */
    public record Download(Map<String, List<String>> headers, byte[] bytes) {
    }

    public Answer getAs(String path, String token) {
        return get(path, "Authorization", "Bearer " + token);
    }

    /** The application user every demo partner declares, and its password (demo data). */
    public static final String DEMO_USER = "demo.agent";
    public static final String DEMO_USER_PASSWORD = "demo-password-2026";

    /** The headers of a v1 call with {@code token}, as the demo application user. */
    public static String[] v1Headers(String token) {
        return v1Headers(token, DEMO_USER, DEMO_USER_PASSWORD);
    }

    /** The {@code username} / {@code password} headers of the demo application user. */
    public static String[] demoUserHeaders() {
        return new String[] {"username", DEMO_USER, "password",
                Base64.getEncoder().encodeToString(DEMO_USER_PASSWORD.getBytes(StandardCharsets.UTF_8))};
    }

    /** The headers of a v1 call with {@code token}, as {@code username} (none if null) with {@code password}. */
    public static String[] v1Headers(String token, String username, String password) {
        List<String> headers = new ArrayList<>(List.of("X-Correlation-ID", UUID.randomUUID().toString(),
                "X-Request-ID", "it-" + UUID.randomUUID()));
        if (token != null) {
            headers.addAll(List.of("Authorization", "Bearer " + token));
        }
        if (token != null && username != null) {
            headers.addAll(List.of("username", username, "password",
                    Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8))));
        }
        return headers.toArray(String[]::new);
    }

    /**
     * Sends a request; every answer of the v1 API is checked against the published contract, so that each
     * integration test also proves the platform speaks the contract exactly.
     */
    public Answer send(HttpRequest.Builder request) {
        try {
            HttpRequest built = withCorrelationId(request.timeout(Duration.ofSeconds(60)).build());
            HttpResponse<String> response = http(built).send(built,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String path = built.uri().getRawPath();
            if (path.startsWith("/api/v1/") && !PathDisguises.disguised(path)) {
                List<String> violations = V1Contract.violations(built.method(), path, response.statusCode(),
                        response.body());
                if (!violations.isEmpty()) {
                    throw new AssertionError("The answer to " + built.method() + " " + path + " ("
                            + response.statusCode() + ") breaks the v1 contract: " + violations + "\n" + response.body());
                }
            }
            return new Answer(response.statusCode(), new LinkedHashMap<>(response.headers().map()), response.body(),
                    built.headers().firstValue("X-Correlation-ID").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every call outside the v1 contract (whose tests choose their correlation ids, or leave them out on purpose)
     * gets one, so that its event can be found in the audit trail.
     */
    private static HttpRequest withCorrelationId(HttpRequest request) {
        if (request.uri().getRawPath().startsWith("/api/v1/")
                || request.headers().firstValue("X-Correlation-ID").isPresent()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .header("X-Correlation-ID", UUID.randomUUID().toString()).build();
    }

    public static JsonStructure parse(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }


}
