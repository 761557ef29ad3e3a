package fr.imprimfip.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void aNotificationBeingSentIsNotMadeDueAgainByARetry() {
        Notification notification = pending();
        notification.claimUntil(T0.plus(Duration.ofMinutes(5)));

        assertFalse(notification.retryAt(T0.plusSeconds(30)), "its sender is still at it");
        assertFalse(notification.dueAt(T0.plusSeconds(30)));
        assertTrue(notification.retryAt(T0.plus(Duration.ofMinutes(6))), "a sender that died gave it back");
        assertTrue(notification.dueAt(T0.plus(Duration.ofMinutes(6))));
    }

    @Test
    void aFailedAttemptWaitsTwiceAsLongEachTimeAndAnAdministratorMayRetryAtOnce() {
        Notification notification = pending();
        notification.claimUntil(T0.plus(Duration.ofMinutes(5)));
        notification.failed("Connection refused", T0);
        assertEquals(T0.plus(Duration.ofMinutes(1)), notification.nextAttemptAt());
        notification.claimUntil(T0.plus(Duration.ofMinutes(6)));
        notification.failed("Connection refused", T0.plus(Duration.ofMinutes(1)));
        assertEquals(T0.plus(Duration.ofMinutes(3)), notification.nextAttemptAt());

        assertTrue(notification.retryAt(T0.plus(Duration.ofMinutes(2))), "no sender holds it: due at once");
        assertTrue(notification.dueAt(T0.plus(Duration.ofMinutes(2))));
    }

    @Test
    void aSentNotificationStaysSent() {
        Notification notification = pending();
        notification.claimUntil(T0.plus(Duration.ofMinutes(5)));
        notification.delivered(T0.plusSeconds(1));
        assertFalse(notification.retryAt(T0.plus(Duration.ofHours(1))));
        assertFalse(notification.dueAt(T0.plus(Duration.ofHours(1))));
    }

    @Test
    void tenFailuresAbandonItUntilAnAdministratorRetries() {
        Notification notification = pending();
        for (int attempt = 0; attempt < Notification.MAX_ATTEMPTS; attempt++) {
            notification.failed("timeout", T0);
        }
        assertFalse(notification.dueAt(T0.plus(Duration.ofDays(1))), "abandoned");
        assertTrue(notification.retryAt(T0.plus(Duration.ofDays(1))));
        assertTrue(notification.dueAt(T0.plus(Duration.ofDays(1))));
    }

    private static Notification pending() {
        return new Notification(7L, "SUSPENSION", List.of("dpo@mairie.invalid"), "Suspension", "Texte", T0);
    }
}
