package fr.imprimfip.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.imprimfip.client.model.AttemptPage;
import fr.imprimfip.client.model.DepositPageView;
import fr.imprimfip.client.model.DepositReceipt;
import fr.imprimfip.client.model.DepositView;
import fr.imprimfip.client.model.ElectronicProofView;
import fr.imprimfip.client.model.ReplayRequest;
import fr.imprimfip.client.model.RotationRequest;
import fr.imprimfip.client.model.WebhookRequest;
import fr.imprimfip.client.model.WebhookView;

/**
 * The client of the platform's native API ({@code /api/v2}, docs/api-v2.md) for a partner's application: every call
 * over mutual TLS with the application's certificate, authorized by an access token the client obtains from the
 * authorization server with the client credentials grant (bound to the same certificate) and keeps until shortly
 * before it expires. Deposits carry an {@code Idempotency-Key} (a new UUID unless one is given), so a deposit resent
 * after a network failure is never made twice. Refusals are thrown as {@link ImprimFipException} with the problem
 * details the platform answered; an unreachable platform as {@link ImprimFipTransportException}. The models come from
 * the platform's OpenAPI document. Thread-safe: make one and share it.
 *
 * <pre>{@code
 * ImprimFipClient client = ImprimFipClient.builder()
 *         .baseUrl("https://localhost:8443")
 *         .tokenEndpoint("https://127.0.0.1:18443/realms/imprimfip/protocol/openid-connect/token")
 *         .clientId("demo-partner")
 *         .keyStore(Path.of("demo-partner.p12"), "demo-pki-password".toCharArray())
 *         .trustStore(Path.of("truststore.p12"), "demo-pki-password".toCharArray())
 *         .build();
 * DepositReceipt receipt = client.deposit(Path.of("courrier.pdf"), DepositRequest.of("courrier.pdf"));
 * DepositView deposit = client.awaitAnalysed(receipt.getReference(), Duration.ofMinutes(1));
 * }</pre>
 */
public final class ImprimFipClient {

    private static final String DEPOSITS = "/api/v2/deposits";
    private static final String WEBHOOKS = "/api/v2/webhooks";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]+)\"");

    private final URI baseUrl;
    private final HttpClient http;
    private final AccessTokens tokens;
    private final ObjectMapper json;
    private final Duration requestTimeout;
    private final String acceptLanguage;
    private final Supplier<String> idempotencyKeys;

    private ImprimFipClient(Builder builder) {
        this.baseUrl = builder.baseUrl;
        this.json = objectMapper();
        this.http = HttpClient.newBuilder().sslContext(builder.sslContext()).connectTimeout(builder.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.tokens = new AccessTokens(http, builder.tokenEndpoint, builder.clientId, builder.requestTimeout,
                builder.clock, json);
        this.requestTimeout = builder.requestTimeout;
        this.acceptLanguage = builder.acceptLanguage;
        this.idempotencyKeys = builder.idempotencyKeys;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The JSON mapping of the platform's documents: ISO instants, unknown members ignored (the API grows). */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    // ---------------------------------------------------------------------------------------------------- deposits

    /** Deposits the PDF file at {@code pdf} with a new Idempotency-Key: the receipt ({@code 201}). */
    public DepositReceipt deposit(Path pdf, DepositRequest request) {
        return deposit(pdf, request, newIdempotencyKey());
    }

    /**
     * Deposits the PDF file at {@code pdf} under {@code idempotencyKey}: sent again with the same key and file (after
     * a timeout, say), the platform answers the first receipt instead of depositing twice.
     */
    public DepositReceipt deposit(Path pdf, DepositRequest request, String idempotencyKey) {
        try {
            return deposit(HttpRequest.BodyPublishers.ofFile(pdf), request, idempotencyKey);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + pdf, e);
        }
    }

    /** Deposits the PDF {@code pdf} with a new Idempotency-Key. */
    public DepositReceipt deposit(byte[] pdf, DepositRequest request) {
        return deposit(pdf, request, newIdempotencyKey());
    }

    /** Deposits the PDF {@code pdf} under {@code idempotencyKey}. */
    public DepositReceipt deposit(byte[] pdf, DepositRequest request, String idempotencyKey) {
        return deposit(HttpRequest.BodyPublishers.ofByteArray(pdf), request, idempotencyKey);
    }

    private DepositReceipt deposit(HttpRequest.BodyPublisher pdf, DepositRequest request, String idempotencyKey) {
        Map<String, String> idempotency = Map.of("Idempotency-Key",
                Objects.requireNonNull(idempotencyKey, "idempotencyKey"));
        if (request.multipart()) {
            Multipart form = new Multipart().file("document", request.filename(), pdf);
            try {
                form.json("options", json.writeValueAsBytes(request.options()));
                for (Path annex : request.annexes()) {
                    form.file("annexes", annex.getFileName().toString(), HttpRequest.BodyPublishers.ofFile(annex));
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the annexes of " + request.filename(), e);
            }
            return call("POST", DEPOSITS, form.body(), form.contentType(), idempotency, type(DepositReceipt.class));
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("filename", request.filename());
        query.put("paper", request.paper());
        query.put("sendingType", request.sendingType());
        query.put("onBehalfOf", request.onBehalfOf());
        request.metadata().forEach((key, value) -> query.put("metadata." + key, value));
        return call("POST", DEPOSITS + query(query), pdf, "application/pdf", idempotency, type(DepositReceipt.class));
    }

    /** A new Idempotency-Key, to keep with a deposit until its answer has been received. */
    public String newIdempotencyKey() {
        return idempotencyKeys.get();
    }

    /** The deposit {@code reference}: its status and each document with its timeline. */
    public DepositView deposit(String reference) {
        return get(DEPOSITS + "/" + segment(reference), DepositView.class);
    }

    /** Reads the deposit every half second until its analysis is over (its status is no longer IN_SUBMISSION). */
    public DepositView awaitAnalysed(String reference, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            DepositView deposit = deposit(reference);
            if (!"IN_SUBMISSION".equals(deposit.getStatus())) {
                return deposit;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Deposit " + reference + " still being analysed after " + timeout);
            }
            pause(Duration.ofMillis(500));
        }
    }

    /**
     * The partner's deposits, newest first: {@code filters} as docs/api-v2.md names them ({@code status},
     * {@code receivedFrom}, {@code receivedTo}, {@code metadata.<key>}, {@code limit}, {@code cursor}).
     */
    public DepositPageView deposits(Map<String, String> filters) {
        return get(DEPOSITS + query(filters), DepositPageView.class);
    }

    /** Deletes document {@code position} (from 0) while it waits for production: the deposit afterwards. */
    public DepositView deleteDocument(String reference, int position) {
        return call("DELETE", DEPOSITS + "/" + segment(reference) + "/documents/" + position, null, null, Map.of(),
                type(DepositView.class));
    }

    /** Deletes every document of a deposit, all still waiting for production. */
    public DepositView deleteDeposit(String reference) {
        return call("DELETE", DEPOSITS + "/" + segment(reference), null, null, Map.of(), type(DepositView.class));
    }

    /** The proof of deposit of a registered letter handed to La Poste (PDF). */
    public Download proofOfDeposit(String reference, int position) {
        return download(document(reference, position) + "/proof-of-deposit");
    }

    /** The scanned acknowledgement of receipt of a delivered registered letter (PDF, PNG or JPEG). */
    public Download acknowledgement(String reference, int position) {
        return download(document(reference, position) + "/acknowledgement");
    }

    /** The proofs an electronic registered letter has so far. */
    public List<ElectronicProofView> electronicProofs(String reference, int position) {
        return call("GET", document(reference, position) + "/electronic-proofs", null, null, Map.of(),
                json.getTypeFactory().constructCollectionType(List.class, ElectronicProofView.class));
    }

    /** One signed proof of an electronic registered letter ({@code kind} as its {@code href} says: deposit…). */
    public Download electronicProof(String reference, int position, String kind) {
        return download(document(reference, position) + "/electronic-proofs/" + segment(kind));
    }

    // ---------------------------------------------------------------------------------------------------- webhooks

    /**
     * Subscribes {@code url} (HTTPS) to {@code eventTypes}: the subscription with its secret, shown only in this
     * answer: keep it to verify the events ({@link WebhookSignatureVerifier}).
     */
    public WebhookView createWebhook(String url, List<String> eventTypes, String description) {
        WebhookRequest request = new WebhookRequest().url(url).eventTypes(new ArrayList<>(eventTypes))
                .description(description);
        return send("POST", WEBHOOKS, request, WebhookView.class);
    }

    /** The partner's subscriptions in the environment of its credentials (never their secrets). */
    public List<WebhookView> webhooks() {
        return call("GET", WEBHOOKS, null, null, Map.of(),
                json.getTypeFactory().constructCollectionType(List.class, WebhookView.class));
    }

    public WebhookView webhook(String id) {
        return get(WEBHOOKS + "/" + segment(id), WebhookView.class);
    }

    public void deleteWebhook(String id) {
        call("DELETE", WEBHOOKS + "/" + segment(id), null, null, Map.of(), null);
    }

    public WebhookView pauseWebhook(String id) {
        return send("POST", WEBHOOKS + "/" + segment(id) + "/pause", null, WebhookView.class);
    }

    public WebhookView resumeWebhook(String id) {
        return send("POST", WEBHOOKS + "/" + segment(id) + "/resume", null, WebhookView.class);
    }

    /**
     * A new secret, shown only in this answer; the previous one keeps signing too for {@code overlapHours} (0 to 72).
     */
    public WebhookSecret rotateWebhookSecret(String id, int overlapHours) {
        return send("POST", WEBHOOKS + "/" + segment(id) + "/secret-rotation",
                new RotationRequest().overlapHours(overlapHours), WebhookSecret.class);
    }

    /** Sends a {@code webhook.ping} event to this subscription only: its event id. */
    public String pingWebhook(String id) {
        return send("POST", WEBHOOKS + "/" + segment(id) + "/ping", null, JsonNode.class).path("eventId").asText();
    }

    /** The subscription's delivery attempts, newest first ({@code cursor} null for the first page). */
    public AttemptPage webhookDeliveries(String id, Integer limit, String cursor) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", limit == null ? null : limit.toString());
        query.put("cursor", cursor);
        return get(WEBHOOKS + "/" + segment(id) + "/deliveries" + query(query), AttemptPage.class);
    }

    /** Delivers the event {@code eventId} again (same id, same body): how many events were replayed. */
    public int replayWebhookEvent(String id, String eventId) {
        return replay(id, new ReplayRequest().eventId(eventId));
    }

    /** Delivers again every event of the subscription's types raised from {@code from} (included) to {@code to}. */
    public int replayWebhookEvents(String id, Instant from, Instant to) {
        return replay(id, new ReplayRequest().from(from.toString()).to(to.toString()));
    }

    private int replay(String id, ReplayRequest request) {
        return send("POST", WEBHOOKS + "/" + segment(id) + "/replays", request, JsonNode.class).path("replayed")
                .asInt();
    }

    /** A subscription's new secret, and until when the previous one still signs (null without overlap). */
    public record WebhookSecret(String secret, Instant previousSecretExpiresAt) {
    }

    // ---------------------------------------------------------------------------------------------------- plumbing

    private <T> T get(String path, Class<T> answer) {
        return call("GET", path, null, null, Map.of(), type(answer));
    }

    private <T> T send(String method, String path, Object body, Class<T> answer) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = HttpRequest.BodyPublishers.ofByteArray(body == null ? new byte[0] : json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
        }
        return call(method, path, publisher, body == null ? null : "application/json", Map.of(), type(answer));
    }

    private JavaType type(Class<?> type) {
        return json.getTypeFactory().constructType(type);
    }

    private Download download(String path) {
        HttpResponse<byte[]> response = exchange("GET", path, null, null, Map.of(), "*/*");
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        Matcher name = FILENAME.matcher(disposition);
        return new Download(response.body(), response.headers().firstValue("Content-Type").orElse(null),
                name.find() ? name.group(1) : null);
    }

    private <T> T call(String method, String path, HttpRequest.BodyPublisher body, String contentType,
                       Map<String, String> headers, JavaType answer) {
        HttpResponse<byte[]> response = exchange(method, path, body, contentType, headers, "application/json");
        if (answer == null || response.body().length == 0) {
            return null;
        }
        try {
            return json.readValue(response.body(), answer);
        } catch (IOException e) {
            throw new ImprimFipTransportException("The answer to " + method + " " + path + " is not the JSON"
                    + " expected", e);
        }
    }

    /**
     * Sends a request with a valid token and answers the 2xx response; a refusal is thrown. A token the platform
     * refuses as invalid (revoked, expired early) is replaced once and the request sent again.
     */
    private HttpResponse<byte[]> exchange(String method, String path, HttpRequest.BodyPublisher body,
                                          String contentType, Map<String, String> headers, String accept) {
        for (int attempt = 1; ; attempt++) {
            String token = tokens.token();
            HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(requestTimeout)
                    .header("Authorization", "Bearer " + token).header("Accept", accept)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (acceptLanguage != null) {
                request.header("Accept-Language", acceptLanguage);
            }
            headers.forEach(request::header);
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new ImprimFipTransportException(method + " " + path + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImprimFipTransportException("Interrupted during " + method + " " + path, e);
            }
            if (response.statusCode() / 100 == 2) {
                return response;
            }
            ImprimFipException refusal = refusal(response);
            if (response.statusCode() == 401 && attempt == 1
                    && (refusal.type() == null || refusal.type().endsWith(":invalid-credentials"))) {
                tokens.refused(token);
                continue;
            }
            throw refusal;
        }
    }

    /** The refusal an answer tells: its problem details when it has them. */
    private ImprimFipException refusal(HttpResponse<byte[]> response) {
        Long retryAfter = response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Long.valueOf(value.trim());
            } catch (NumberFormatException httpDate) {
                return null;
            }
        }).orElse(null);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (contentType.startsWith(PROBLEM_JSON) || contentType.startsWith("application/json")) {
            try {
                JsonNode problem = json.readTree(response.body());
                if (problem != null && problem.isObject()) {
                    return new ImprimFipException(response.statusCode(), text(problem, "type"), text(problem, "title"),
                            text(problem, "detail"), text(problem, "instance"), retryAfter);
                }
            } catch (IOException notJson) {
                // answered below with the status only
            }
        }
        return new ImprimFipException(response.statusCode(), null, null, null, null, retryAfter);
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String document(String reference, int position) {
        return DEPOSITS + "/" + segment(reference) + "/documents/" + position;
    }

    private static String segment(String value) {
        return URLEncoder.encode(Objects.requireNonNull(value), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.append(query.length() == 0 ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** How a client is made: the platform's and the authorization server's addresses, the client's identity. */
    public static final class Builder {
        private URI baseUrl;
        private URI tokenEndpoint;
        private String clientId;
        private Path keyStore;
        private char[] keyStorePassword;
        private Path trustStore;
        private char[] trustStorePassword;
        private SSLContext sslContext;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private String acceptLanguage;
        private Supplier<String> idempotencyKeys = () -> UUID.randomUUID().toString();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The platform, e.g. {@code https://localhost:8443}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
            return this;
        }

        /** The authorization server's token endpoint, on its mutual TLS port. */
        public Builder tokenEndpoint(String tokenEndpoint) {
            this.tokenEndpoint = URI.create(tokenEndpoint);
            return this;
        }

        /** The application's OAuth client id (its technical identifier). */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** The application's certificate and private key, a PKCS#12 file. */
        public Builder keyStore(Path path, char[] password) {
            this.keyStore = path;
            this.keyStorePassword = password.clone();
            return this;
        }

        /** The CAs the application trusts for the platform and the authorization server, a PKCS#12 file. */
        public Builder trustStore(Path path, char[] password) {
            this.trustStore = path;
            this.trustStorePassword = password.clone();
            return this;
        }

        /** A TLS setup made otherwise (a hardware key, the system's stores): replaces the two stores. */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** How long a request may take, an upload included (60 s by default). */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /** The language of the problems' titles and details: {@code fr} (the default) or {@code en}. */
        public Builder acceptLanguage(String acceptLanguage) {
            this.acceptLanguage = acceptLanguage;
            return this;
        }

        /** Where the deposits' Idempotency-Keys come from (random UUIDs by default). */
        public Builder idempotencyKeys(Supplier<String> idempotencyKeys) {
            this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys);
            return this;
        }

        /** The clock that tells when the token must be renewed. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public ImprimFipClient build() {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
            Objects.requireNonNull(clientId, "clientId");
            if (sslContext == null && keyStore == null) {
                throw new IllegalStateException("Mutual TLS needs the application's keyStore (or an sslContext)");
            }
            return new ImprimFipClient(this);
        }

        private SSLContext sslContext() {
            if (sslContext != null) {
                return sslContext;
            }
            SSLContext context = MutualTls.context(keyStore, keyStorePassword, trustStore, trustStorePassword);
            Arrays.fill(keyStorePassword, '\0');
            if (trustStorePassword != null) {
                Arrays.fill(trustStorePassword, '\0');
            }
            return context;
        }
    }
}
