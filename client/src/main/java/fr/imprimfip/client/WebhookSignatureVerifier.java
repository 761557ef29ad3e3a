package fr.imprimfip.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the events the platform pushes to a partner's endpoint, as the Standard Webhooks specification says: the
 * {@code webhook-signature} header holds space-separated {@code v1,<base64 HMAC-SHA256>} signatures of
 * {@code webhook-id + "." + webhook-timestamp + "." + body}, keyed with the base64-decoded part of the subscription's
 * {@code whsec_} secret. An event is accepted when one of its {@code v1} signatures matches one of the secrets (during
 * a secret rotation the platform signs with both, so either secret verifies) and its timestamp is within the
 * tolerance (5 minutes by default) of this machine's clock, so that a captured event cannot be replayed later.
 * Signatures are compared in constant time. Immutable and thread-safe.
 *
 * <pre>{@code
 * WebhookSignatureVerifier verifier = WebhookSignatureVerifier.of(System.getenv("IMPRIMFIP_WEBHOOK_SECRET"));
 * verifier.verify(exchange.getRequestHeaders(), body);   // throws WebhookVerificationException: answer 400
 * }</pre>
 */
public final class WebhookSignatureVerifier {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1";
    private static final String HMAC = "HmacSHA256";

    private final List<byte[]> keys;
    private final Duration tolerance;
    private final Clock clock;

    private WebhookSignatureVerifier(List<byte[]> keys, Duration tolerance, Clock clock) {
        this.keys = keys;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * A verifier accepting the signatures of any of {@code secrets} ({@code whsec_<base64>}, as the platform shows
     * them; the prefix may be left out).
     */
    public static WebhookSignatureVerifier of(String... secrets) {
        if (secrets.length == 0) {
            throw new IllegalArgumentException("At least one webhook secret is needed");
        }
        List<byte[]> keys = new ArrayList<>();
        for (String secret : secrets) {
            keys.add(key(secret));
        }
        return new WebhookSignatureVerifier(List.copyOf(keys), DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    /** The same verifier accepting timestamps up to {@code tolerance} away from now, in either direction. */
    public WebhookSignatureVerifier withTolerance(Duration tolerance) {
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("The tolerance cannot be negative");
        }
        return new WebhookSignatureVerifier(keys, tolerance, clock);
    }

    /** The same verifier reading the time from {@code clock}. */
    public WebhookSignatureVerifier withClock(Clock clock) {
        return new WebhookSignatureVerifier(keys, tolerance, Objects.requireNonNull(clock));
    }

    /**
     * Verifies an event from its request headers (names in any case, as servers give them) and its raw body, exactly
     * the bytes received: parse the JSON only afterwards.
     *
     * @throws WebhookVerificationException when a header is missing, the timestamp is out of tolerance or no
     *         signature matches
     */
    public void verify(Map<String, List<String>> headers, byte[] body) {
        verify(header(headers, ID_HEADER), header(headers, TIMESTAMP_HEADER), header(headers, SIGNATURE_HEADER), body);
    }

    /** Verifies an event from the values of its three headers and its raw body. */
    public void verify(String id, String timestamp, String signatures, byte[] body) {
        if (id == null || id.isBlank() || timestamp == null || signatures == null || body == null) {
            throw new WebhookVerificationException("Missing webhook-id, webhook-timestamp or webhook-signature header");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("webhook-timestamp is not a number of seconds");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > tolerance.toSeconds()) {
            throw new WebhookVerificationException("webhook-timestamp is more than " + tolerance.toSeconds()
                    + " s away from now: an old event replayed, or a clock out of time");
        }
        byte[] content = signedContent(id, seconds, body);
        List<byte[]> expected = keys.stream().map(key -> hmac(key, content)).toList();
        for (String signature : signatures.trim().split(" +")) {
            int comma = signature.indexOf(',');
            if (comma < 0 || !VERSION.equals(signature.substring(0, comma))) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(signature.substring(comma + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            for (byte[] candidate : expected) {
                if (MessageDigest.isEqual(candidate, given)) {
                    return;
                }
            }
        }
        throw new WebhookVerificationException("No webhook signature matches the secret");
    }

    /**
     * The {@code webhook-signature} value the first secret gives to an event: what the platform sends, for testing a
     * receiver.
     */
    public String sign(String id, long timestamp, byte[] body) {
        return VERSION + "," + Base64.getEncoder().encodeToString(hmac(keys.get(0), signedContent(id, timestamp, body)));
    }

    private static byte[] signedContent(String id, long timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        return content;
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] key(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("A webhook secret is empty");
        }
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            return Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A webhook secret is whsec_ followed by base64", e);
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }
}
