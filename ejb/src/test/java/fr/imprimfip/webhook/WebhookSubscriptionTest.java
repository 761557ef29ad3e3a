package fr.imprimfip.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.ServiceEnvironment;

class WebhookSubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private static WebhookSubscription subscription() {
        return new WebhookSubscription(7, ServiceEnvironment.SANDBOX, "https://hooks.example.fr/h",
                Set.of(WebhookEventType.FILE_ANALYSED), "test", "sealed-1", NOW);
    }

    @Test
    void eventTypesAreCheckedAndThePingIsNotSubscribable() {
        assertEquals(Set.of(WebhookEventType.PROOF_AVAILABLE, WebhookEventType.STATEMENT_ISSUED),
                WebhookSubscription.types(List.of("proof.available", "statement.issued", "proof.available")));
        assertThrows(InvalidInputException.class, () -> WebhookSubscription.types(List.of()));
        assertThrows(InvalidInputException.class, () -> WebhookSubscription.types(List.of("document.deleted")));
        assertThrows(InvalidInputException.class, () -> WebhookSubscription.types(List.of("webhook.ping")));
    }

    @Test
    void anIdIsTwentySixCharactersAfterItsPrefix() {
        WebhookSubscription subscription = subscription();
        assertTrue(WebhookIds.wellFormed(subscription.publicId(), WebhookIds.SUBSCRIPTION));
        assertEquals(29, subscription.publicId().length());
        assertFalse(WebhookIds.wellFormed("wh_../../etc", WebhookIds.SUBSCRIPTION));
        assertTrue(WebhookIds.event(NOW).compareTo(WebhookIds.event(NOW.plusMillis(1))) < 0, "ids sort by time");
    }

    @Test
    void aRotationSignsWithBothSecretsDuringItsOverlap() {
        WebhookSubscription subscription = subscription();
        subscription.rotate("sealed-2", Duration.ofHours(24), NOW);
        assertEquals(List.of("sealed-2", "sealed-1"), subscription.sealedSecrets(NOW.plusSeconds(3600)));
        assertEquals(List.of("sealed-2"), subscription.sealedSecrets(NOW.plus(Duration.ofHours(24))));
        subscription.rotate("sealed-3", Duration.ZERO, NOW);
        assertEquals(List.of("sealed-3"), subscription.sealedSecrets(NOW));
        assertThrows(InvalidInputException.class, () -> subscription.rotate("x", Duration.ofHours(73), NOW));
    }

    @Test
    void failingWithoutSuccessForTooLongDisables() {
        WebhookSubscription subscription = subscription();
        Duration after = Duration.ofHours(72);
        assertFalse(subscription.failed(NOW, after));
        assertFalse(subscription.failed(NOW.plus(Duration.ofHours(71)), after));
        subscription.succeeded();
        assertFalse(subscription.failed(NOW.plus(Duration.ofHours(100)), after), "a success started the count again");
        assertTrue(subscription.failed(NOW.plus(Duration.ofHours(172)), after));
        assertEquals(WebhookSubscription.Status.DISABLED, subscription.status());
        assertFalse(subscription.wants(WebhookEventType.FILE_ANALYSED));
        subscription.resume();
        assertTrue(subscription.wants(WebhookEventType.FILE_ANALYSED));
        assertEquals(null, subscription.failingSince());
    }

    @Test
    void aPausedSubscriptionWantsNothing() {
        WebhookSubscription subscription = subscription();
        subscription.pause();
        assertFalse(subscription.wants(WebhookEventType.FILE_ANALYSED));
        subscription.delete();
        assertThrows(WebhookNotFoundException.class, subscription::resume);
    }
}
