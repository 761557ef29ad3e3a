package fr.imprimfip.notification;

import java.util.Optional;

/**
 * Gives the file a notification carries when it is sent: implemented by the capability that keeps such files (the
 * end of service keeps the destruction certificates), so that the outbox holds a reference, never a copy.
 */
public interface NotificationAttachments {

    /** A file to attach: the name the recipient sees, its media type and its bytes. */
    record Attachment(String name, String mediaType, byte[] content) {
    }

    /** The file this reference names, if this source keeps it (the name is the notification's). */
    Optional<Attachment> attachment(String reference);
}
