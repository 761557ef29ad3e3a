package fr.imprimfip.notification;

import java.time.Instant;

/** A notification was sent at {@code sentAt} (fired in the transaction that records it). */
public record NotificationDelivered(long notificationId, Instant sentAt) {
}
