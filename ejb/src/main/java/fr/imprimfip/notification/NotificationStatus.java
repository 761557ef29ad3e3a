package fr.imprimfip.notification;

/** Where an e-mail notification stands. */
public enum NotificationStatus {
    /** Waiting for its first or next delivery attempt. */
    PENDING,
    SENT,
    /** Given up after too many failed attempts; an administrator may retry it. */
    ABANDONED
}
