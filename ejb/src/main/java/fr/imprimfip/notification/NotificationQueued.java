package fr.imprimfip.notification;

/** A notification was written to the outbox; once its transaction commits, it can be delivered. */
record NotificationQueued(long notificationId) {
}
