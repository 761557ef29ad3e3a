package fr.imprimfip.lre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.junit.jupiter.api.Test;

/** An LRE e-mail is retried with back-off until its last attempt, and never again once the relay refused it. */
class LreMessageTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void transientFailuresAreRetriedWithBackOffUntilTheLastAttempt() {
        LreMessage message = new LreMessage(1, MessageKind.NOTIFICATION, NOW);
        assertEquals(NOW, message.nextAttemptAt(), "due at once");
        assertFalse(message.failed("connection refused", false, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(1)), message.nextAttemptAt());
        assertFalse(message.failed("connection refused", false, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(2)), message.nextAttemptAt());
        for (int attempt = 3; attempt < LreMessage.MAX_ATTEMPTS; attempt++) {
            assertFalse(message.failed("timeout", false, NOW));
        }
        assertEquals(NOW.plus(Duration.ofMinutes(256)), message.nextAttemptAt(), "doubling: 4 h 16 after the ninth");
        assertTrue(message.failed("timeout", false, NOW), "abandoned after the last attempt");
        assertEquals(LreMessage.State.ABANDONED, message.state());
        assertNull(message.nextAttemptAt(), "never due again");
    }

    @Test
    void aRefusedRecipientIsFinalAtOnce() throws Exception {
        LreMessage message = new LreMessage(1, MessageKind.NOTIFICATION, NOW);
        assertTrue(message.failed("550 5.1.1 unknown", true, NOW));
        assertEquals(1, message.attempts());
        assertNull(message.nextAttemptAt());

        SendFailedException refused = new SendFailedException("Invalid Addresses", null, new InternetAddress[0],
                new InternetAddress[0], new InternetAddress[] {new InternetAddress("x@exemple.fr")});
        assertTrue(LreMailer.refusedRecipient(refused));
        MessagingException wrapped = new MessagingException("send failed", refused);
        assertTrue(LreMailer.refusedRecipient(wrapped), "found in the chain");
        assertFalse(LreMailer.refusedRecipient(new SendFailedException("451 try later")), "no invalid address");
        assertFalse(LreMailer.refusedRecipient(new MessagingException("Could not connect to SMTP host")));
    }
}
