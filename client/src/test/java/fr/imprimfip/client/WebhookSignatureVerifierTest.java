package fr.imprimfip.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WebhookSignatureVerifierTest {

    /** The test vector the Standard Webhooks specification publishes. */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static final String OTHER_SECRET = "whsec_" + java.util.Base64.getEncoder()
            .encodeToString("another secret of 32 bytes, yes!".getBytes(StandardCharsets.UTF_8));

    private final WebhookSignatureVerifier verifier = WebhookSignatureVerifier.of(SPEC_SECRET)
            .withClock(at(SPEC_TIMESTAMP));

    @Test
    void theSpecificationsTestVectorIsSignedAndVerified() {
        assertEquals(SPEC_SIGNATURE, verifier.sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY));
        assertDoesNotThrow(() -> verifier.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE, SPEC_BODY));
    }

    @Test
    void headersAreReadWhateverTheirCase() {
        assertDoesNotThrow(() -> verifier.verify(Map.of("Webhook-Id", List.of(SPEC_ID), "WEBHOOK-TIMESTAMP",
                List.of(Long.toString(SPEC_TIMESTAMP)), "webhook-signature", List.of(SPEC_SIGNATURE)), SPEC_BODY));
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        String rotated = WebhookSignatureVerifier.of(OTHER_SECRET).sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        String both = rotated + " " + SPEC_SIGNATURE;
        assertDoesNotThrow(() -> verifier.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), both, SPEC_BODY));
        assertDoesNotThrow(() -> verifier.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP),
                "v1a,c29tZXRoaW5nIGVsc2U= v1,bm9wZQ== " + SPEC_SIGNATURE, SPEC_BODY), "other versions are skipped");
        WebhookSignatureVerifier holdingBoth = WebhookSignatureVerifier.of(OTHER_SECRET, SPEC_SECRET)
                .withClock(at(SPEC_TIMESTAMP));
        assertDoesNotThrow(() -> holdingBoth.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE,
                SPEC_BODY), "a receiver may hold both secrets during a rotation");
    }

    @Test
    void aTamperedEventOrAnotherSecretIsRefused() {
        String timestamp = Long.toString(SPEC_TIMESTAMP);
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(SPEC_ID, timestamp, SPEC_SIGNATURE,
                tampered));
        assertThrows(WebhookVerificationException.class, () -> verifier.verify("msg_other", timestamp,
                SPEC_SIGNATURE, SPEC_BODY));
        assertThrows(WebhookVerificationException.class, () -> WebhookSignatureVerifier.of(OTHER_SECRET)
                .withClock(at(SPEC_TIMESTAMP)).verify(SPEC_ID, timestamp, SPEC_SIGNATURE, SPEC_BODY));
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(SPEC_ID, timestamp,
                SPEC_SIGNATURE.replace("v1,", "v2,"), SPEC_BODY), "only v1 signatures count");
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(SPEC_ID, timestamp, "v1,@@@",
                SPEC_BODY));
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayIsRefusedEitherWay() {
        String timestamp = Long.toString(SPEC_TIMESTAMP);
        assertDoesNotThrow(() -> WebhookSignatureVerifier.of(SPEC_SECRET).withClock(at(SPEC_TIMESTAMP + 300))
                .verify(SPEC_ID, timestamp, SPEC_SIGNATURE, SPEC_BODY));
        assertThrows(WebhookVerificationException.class, () -> WebhookSignatureVerifier.of(SPEC_SECRET)
                .withClock(at(SPEC_TIMESTAMP + 301)).verify(SPEC_ID, timestamp, SPEC_SIGNATURE, SPEC_BODY));
        assertThrows(WebhookVerificationException.class, () -> WebhookSignatureVerifier.of(SPEC_SECRET)
                .withClock(at(SPEC_TIMESTAMP - 301)).verify(SPEC_ID, timestamp, SPEC_SIGNATURE, SPEC_BODY));
        assertDoesNotThrow(() -> WebhookSignatureVerifier.of(SPEC_SECRET).withClock(at(SPEC_TIMESTAMP + 3600))
                .withTolerance(Duration.ofHours(1)).verify(SPEC_ID, timestamp, SPEC_SIGNATURE, SPEC_BODY));
    }

    @Test
    void missingOrMalformedHeadersAreRefused() {
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(Map.of(), SPEC_BODY));
        assertThrows(WebhookVerificationException.class, () -> verifier.verify(SPEC_ID, "yesterday", SPEC_SIGNATURE,
                SPEC_BODY));
        assertThrows(IllegalArgumentException.class, () -> WebhookSignatureVerifier.of("whsec_not base64!"));
        assertThrows(IllegalArgumentException.class, WebhookSignatureVerifier::of);
    }

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
