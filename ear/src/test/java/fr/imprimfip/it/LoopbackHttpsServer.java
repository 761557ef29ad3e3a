package fr.imprimfip.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A partner's webhook endpoint for the tests: HTTPS on 127.0.0.1 (a free port) with the demo server certificate, so
 * a test server (which allows loopback endpoints and trusts the demo authority) delivers to it.
 * <p>
 * Every request is recorded as it arrives ({@link Request}: headers, body, arrival time), then recorded again with
 * the status it was answered ({@code 0} while it has none). Each path prefix answers as the test scripts it with
 * {@link #answer(String, Answer)}: a status at once or after a delay, no answer at all until {@link #release()}, a
 * status whose body trickles; unscripted paths answer 200 at once.
 * <p>
 * It is also a Standard Webhooks receiver: a request's signatures are checked with every secret given by
 * {@link #secrets(String, String...)}, and a 2xx answer to a {@code webhook-id} already answered 2xx is a
 * {@linkplain Request#duplicate() duplicate}, which {@link #processed(String)} does not count.
 */
public final class LoopbackHttpsServer implements AutoCloseable {

    private static final char[] PKI_PASSWORD = "demo-pki-password".toCharArray();

    private final HttpsServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "loopback-https");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong numbers = new AtomicLong();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, List<String>> secrets = new ConcurrentHashMap<>();
    private final Map<String, Integer> processed = new ConcurrentHashMap<>();
    private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();

    /** Started on a free loopback port. */
    public LoopbackHttpsServer() throws IOException, GeneralSecurityException {
        server = serve(100, threads, this::handle);
    }

    /**
     * An HTTPS server started on a free loopback port with the demo PKI's server certificate (which the test servers
     * trust), {@code handler} answering every path on {@code executor}: for receivers that must answer faster than a
     * scripted one records.
     */
    public static HttpsServer serve(int backlog, Executor executor, HttpHandler handler)
            throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(DemoPki.DIR.resolve("server.p12"))) {
            keys.load(in, PKI_PASSWORD);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PKI_PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), backlog);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        return server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code https://127.0.0.1:<port>} followed by {@code path} (which starts with a slash). */
    public String url(String path) {
        return "https://127.0.0.1:" + port() + path;
    }

    /** How requests whose path starts with {@code pathPrefix} are answered (the longest scripted prefix wins). */
    public void answer(String pathPrefix, Answer answer) {
        answers.put(pathPrefix, answer);
    }

    /** The secrets in force for a subscription, with which signatures are checked (replacing earlier ones). */
    public void secrets(String subscription, String... inForce) {
        secrets.put(subscription, List.of(inForce));
    }

    /** Every request so far, in arrival order, each as last recorded. */
    public List<Request> requests() {
        return List.copyOf(received);
    }

    /** The requests so far that {@code wanted} matches, in arrival order. */
    public List<Request> all(Predicate<Request> wanted) {
        return received.stream().filter(wanted).toList();
    }

    /** The first request, in arrival order, that {@code wanted} matches, waiting up to {@code patience} for one. */
    public Request await(Predicate<Request> wanted, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        do {
            for (Request r : received) {
                if (wanted.test(r)) {
                    return r;
                }
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(until));
        throw new AssertionError("No such request in " + patience.toSeconds() + " s; received: " + received);
    }

    /** How many times a webhook-id was answered 2xx other than as a duplicate: 0 or 1. */
    public int processed(String webhookId) {
        return processed.getOrDefault(webhookId, 0);
    }

    /** Drops the connection of every request held so far, never answering them. */
    public void release() {
        for (HttpExchange exchange : held) {
            held.remove(exchange);
            exchange.close();
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        String[] signatures = headers.containsKey("webhook-signature")
                ? headers.get("webhook-signature").get(0).split(" ") : new String[0];
        Request request = new Request(numbers.incrementAndGet(), exchange.getRequestMethod(), path,
                Collections.unmodifiableMap(headers), body, json(body), at, signatures.length,
                valid(signatures, headers, body), 0, null, false, false);
        int index = record(request);

        Answer answer = answerFor(path).resolve(request);
        if (answer.held) {
            held.add(exchange);
            received.set(index, request.kept());
            return;
        }
        if (!answer.delay.isZero()) {
            try {
                Thread.sleep(answer.delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean success = answer.status >= 200 && answer.status < 300;
        String id = request.webhookId();
        boolean duplicate = success && id != null && processed.putIfAbsent(id, 1) != null;
        received.set(index, request.answered(answer.status, Instant.now(), duplicate));
        if (answer.trickle != null) {
            trickle(exchange, answer.status, answer.trickle);
            return;
        }
        try {
            exchange.sendResponseHeaders(answer.status, -1);
        } catch (IOException gone) {
            // the client stopped waiting (a delayed answer): for it, that attempt timed out
        }
        exchange.close();
    }

    private synchronized int record(Request request) {
        received.add(request);
        return received.size() - 1;
    }

    private Answer answerFor(String path) {
        return answers.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue)
                .orElse(Answer.status(200));
    }

    /** The status at once, then a body a byte every half second until the client hangs up or {@code during} passed. */
    private static void trickle(HttpExchange exchange, int status, Duration during) {
        Instant until = Instant.now().plus(during);
        try (OutputStream body = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, 0);
            while (Instant.now().isBefore(until)) {
                body.write('.');
                body.flush();
                Thread.sleep(500);
            }
        } catch (IOException gone) {
            // the client hung up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    /** How many signatures verify, as Standard Webhooks says: HMAC-SHA256 of id.timestamp.body under a secret. */
    private int valid(String[] signatures, Map<String, List<String>> headers, String body) {
        List<String> id = headers.get("webhook-id");
        List<String> timestamp = headers.get("webhook-timestamp");
        if (id == null || timestamp == null) {
            return 0;
        }
        String signed = id.get(0) + "." + timestamp.get(0) + "." + body;
        int valid = 0;
        for (String signature : signatures) {
            for (List<String> inForce : secrets.values()) {
                for (String secret : inForce) {
                    if (matches(signature, secret, signed)) {
                        valid++;
                    }
                }
            }
        }
        return valid;
    }

    private static boolean matches(String signature, String secret, String signed) {
        if (!signature.startsWith("v1,") || !secret.startsWith("whsec_")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonObject json(String body) {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException notJson) {
            return null;
        }
    }

    /**
     * One request received: its number in arrival order, method, path, headers (names in any case), body (and the
     * body as JSON when it is an object, else null), arrival time, how many signatures it carried and how many a
     * known secret verifies; then the status answered (0 while none was, e.g. delayed or held), when, whether that
     * answer was to a webhook-id already processed, and whether the request was held without an answer.
     */
    public record Request(long number, String method, String path, Map<String, List<String>> headers, String body,
                          JsonObject json, Instant at, int signatures, int validSignatures, int status,
                          Instant answeredAt, boolean duplicate, boolean held) {

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String webhookId() {
            return header("webhook-id");
        }

        /** The webhook-timestamp header, in seconds since the epoch. */
        public long timestamp() {
            return Long.parseLong(header("webhook-timestamp"));
        }

        /** The event's type, or null. */
        public String type() {
            return json == null ? null : json.getString("type", null);
        }

        /** An event of {@code type} whose data's reference is {@code reference}. */
        public boolean about(String reference, String type) {
            return type.equals(type()) && json.get("data") instanceof JsonObject data
                    && reference.equals(data.getString("reference", null));
        }

        Request answered(int answeredStatus, Instant when, boolean again) {
            return new Request(number, method, path, headers, body, json, at, signatures, validSignatures,
                    answeredStatus, when, again, false);
        }

        Request kept() {
            return new Request(number, method, path, headers, body, json, at, signatures, validSignatures, 0, null,
                    false, true);
        }
    }

    /**
     * How a request is answered. The first-request answers keep what they have seen: build one per
     * {@link #answer(String, Answer)}.
     */
    public static final class Answer {

        private final int status;
        private final Duration delay;
        private final boolean held;
        private final Duration trickle;
        private final Function<Request, Answer> choice;

        private Answer(int status, Duration delay, boolean held, Duration trickle,
                       Function<Request, Answer> choice) {
            this.status = status;
            this.delay = delay;
            this.held = held;
            this.trickle = trickle;
            this.choice = choice;
        }

        /** {@code status} at once, with no body. */
        public static Answer status(int status) {
            return new Answer(status, Duration.ZERO, false, null, null);
        }

        /**
         * No answer: the request is recorded as {@linkplain Request#held() held} and kept until
         * {@link LoopbackHttpsServer#release()}, which drops its connection.
         */
        public static Answer held() {
            return new Answer(0, Duration.ZERO, true, null, null);
        }

        /** {@code status} at once, then a body a byte every half second for {@code during} or till the client leaves. */
        public static Answer trickled(int status, Duration during) {
            return new Answer(status, Duration.ZERO, false, during, null);
        }

        /** The same answer, given only after {@code delay}. */
        public Answer after(Duration delay) {
            return new Answer(status, delay, held, trickle, choice == null ? null : r -> choice.apply(r).after(delay));
        }

        /** {@code first} to the first request of each webhook-id, {@code then} to the later ones (retries, replays). */
        public static Answer toFirstAttempt(Answer first, Answer then) {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            return new Answer(0, Duration.ZERO, false, null,
                    r -> seen.add(String.valueOf(r.webhookId())) ? first.resolve(r) : then.resolve(r));
        }

        /** {@code first} to the very first request, {@code then} to every later one. */
        public static Answer toFirstRequest(Answer first, Answer then) {
            AtomicBoolean answered = new AtomicBoolean();
            return new Answer(0, Duration.ZERO, false, null,
                    r -> answered.compareAndSet(false, true) ? first.resolve(r) : then.resolve(r));
        }

        Answer resolve(Request request) {
            return choice == null ? this : choice.apply(request);
        }
    }
}
