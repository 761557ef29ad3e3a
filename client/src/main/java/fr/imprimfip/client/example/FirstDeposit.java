package fr.imprimfip.client.example;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import fr.imprimfip.client.DepositRequest;
import fr.imprimfip.client.Download;
import fr.imprimfip.client.ImprimFipClient;
import fr.imprimfip.client.WebhookSignatureVerifier;
import fr.imprimfip.client.WebhookVerificationException;
import fr.imprimfip.client.model.DepositReceipt;
import fr.imprimfip.client.model.DepositView;
import fr.imprimfip.client.model.WebhookView;

/**
 * A partner's first electronic registered letter, from end to end: subscribes a local HTTPS receiver to the letter's
 * events, deposits {@code samples/courrier-demo.pdf} as an electronic registered letter (LRE), verifies each event's
 * signature as it arrives, and once the {@code proof.available} event says the letter's first proof exists (seconds
 * after the analysis), downloads that proof, a PDF the platform signs. Run from the project's root against the
 * platform of {@code scripts/run.sh}, once it allows deliveries to loopback endpoints:
 *
 * <pre>
 * ./mvnw -q -pl client compile exec:java -Dexec.mainClass=fr.imprimfip.client.example.FirstDeposit
 * </pre>
 *
 * Settings (environment, with the demo's defaults): {@code IMPRIMFIP_URL}, {@code IMPRIMFIP_TOKEN_ENDPOINT},
 * {@code IMPRIMFIP_CLIENT_ID}, {@code IMPRIMFIP_PKI} (the folder of {@code <client>.p12}, {@code truststore.p12} and
 * the receiver's {@code server.p12}), {@code IMPRIMFIP_PKI_PASSWORD}, {@code IMPRIMFIP_PDF}, and
 * {@code IMPRIMFIP_WAIT_SECONDS}.
 */
public final class FirstDeposit {

    private static final ObjectMapper JSON = ImprimFipClient.objectMapper();

    private FirstDeposit() {
    }

    public static void main(String[] args) throws Exception {
        Path pki = Path.of(setting("IMPRIMFIP_PKI", "ear/target/pki"));
        char[] password = setting("IMPRIMFIP_PKI_PASSWORD", "demo-pki-password").toCharArray();
        String clientId = setting("IMPRIMFIP_CLIENT_ID", "demo-partner");
        ImprimFipClient client = ImprimFipClient.builder()
                .baseUrl(setting("IMPRIMFIP_URL", "https://localhost:8443"))
                .tokenEndpoint(setting("IMPRIMFIP_TOKEN_ENDPOINT",
                        "https://127.0.0.1:18443/realms/imprimfip/protocol/openid-connect/token"))
                .clientId(clientId)
                .keyStore(pki.resolve(clientId + ".p12"), password)
                .trustStore(pki.resolve("truststore.p12"), password)
                .acceptLanguage("en")
                .build();
        Download proof = journey(client, pki.resolve("server.p12"), password,
                Path.of(setting("IMPRIMFIP_PDF", "samples/courrier-demo.pdf")),
                Duration.ofSeconds(Long.parseLong(setting("IMPRIMFIP_WAIT_SECONDS", "120"))));
        Path saved = Path.of(proof.filename() == null ? "preuve.pdf" : proof.filename());
        Files.write(saved, proof.content());
        System.out.println("Proof saved as " + saved.toAbsolutePath());
    }

    /**
     * The journey: a receiver on this machine presenting the certificate of {@code receiverKeyStore}, its
     * subscription, the deposit of {@code pdf}, its events until its first proof, which is answered.
     */
    public static Download journey(ImprimFipClient client, Path receiverKeyStore, char[] password, Path pdf,
                                   Duration wait) throws Exception {
        BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        AtomicReference<WebhookSignatureVerifier> verifier = new AtomicReference<>();
        HttpsServer receiver = receiver(receiverKeyStore, password, verifier, events);
        String url = "https://localhost:" + receiver.getAddress().getPort() + "/imprimfip/events";
        WebhookView webhook = null;
        try {
            // 1. The subscription: its secret is shown once, in this answer.
            webhook = client.createWebhook(url, List.of("file.analysed", "document.status_changed",
                    "proof.available"), "FirstDeposit example");
            verifier.set(WebhookSignatureVerifier.of(webhook.getSecret()));
            System.out.println("Subscribed " + url + " as " + webhook.getId());

            // 2. The deposit: an electronic registered letter, delivered to its recipient by e-mail.
            DepositRequest request = DepositRequest.electronic(pdf.getFileName().toString(), Map.of(
                    "emailAddress", "claire.martin@example.org", "type", "PARTICULIER", "lastname", "MARTIN",
                    "firstname", "Claire")).label("example", "first-deposit");
            DepositReceipt receipt = client.deposit(pdf, request);
            String reference = receipt.getReference();
            System.out.println("Deposited " + reference + " (SHA-256 " + receipt.getSha256() + ")");

            // 3. Its events, until a proof is available.
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                JsonNode event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new IllegalStateException("No proof for " + reference + " after " + wait);
                }
                JsonNode data = event.path("data");
                if (!reference.equals(data.path("reference").asText())) {
                    continue;
                }
                System.out.println("Event " + event.path("id").asText() + " " + event.path("type").asText() + " "
                        + data);
                if ("proof.available".equals(event.path("type").asText())) {
                    int position = data.path("position").asInt(0);
                    String kind = data.path("proof").asText().toLowerCase(Locale.ROOT);
                    Download proof = client.electronicProof(reference, position, kind);
                    DepositView deposit = client.deposit(reference);
                    System.out.println("Letter " + position + " is " + deposit.getDocuments().get(position)
                            .getStatus() + "; proof " + kind + " downloaded (" + proof.content().length + " bytes)");
                    return proof;
                }
            }
        } finally {
            if (webhook != null) {
                client.deleteWebhook(webhook.getId());
            }
            receiver.stop(0);
        }
    }

    /** An HTTPS endpoint that verifies each event before accepting it, and hands it over. */
    private static HttpsServer receiver(Path keyStore, char[] password, AtomicReference<WebhookSignatureVerifier> verifier,
                                        BlockingQueue<JsonNode> events) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, password);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/imprimfip/events", exchange -> receive(exchange, verifier.get(), events));
        server.start();
        return server;
    }

    private static void receive(HttpExchange exchange, WebhookSignatureVerifier verifier, BlockingQueue<JsonNode> events)
            throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status;
            if (verifier == null) {
                status = 503;
            } else {
                try {
                    verifier.verify(exchange.getRequestHeaders(), body);
                    events.add(JSON.readTree(body));
                    status = 204;
                } catch (WebhookVerificationException forged) {
                    System.out.println("Refused an event: " + forged.getMessage());
                    status = 400;
                }
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private static String setting(String name, String demo) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? demo : value;
    }
}
