package fr.imprimfip.notification;

import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

/**
 * Sends the outbox's notifications through the WildFly mail session {@code java:jboss/mail/imprimfip}: each one
 * right after the transaction that wrote it commits, and every minute whatever is due again after a failure.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = "java:jboss/mail/imprimfip")
    private Session mail;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Outbox outbox;

    @Inject
    private Instance<NotificationAttachments> attachments;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        executor.execute(() -> deliver(queued.notificationId()));
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        deliverDue();
    }

    /** Attempts every notification due now; how many were sent. */
    public int deliverDue() {
        int sent = 0;
        for (long id : outbox.due(200)) {
            sent += deliver(id) ? 1 : 0;
        }
        return sent;
    }

    /** The file a notification carries, read from the capability that keeps it; null when none. */
    private NotificationAttachments.Attachment attachmentOf(Notification notification) {
        if (notification.attachmentRef() == null) {
            return null;
        }
        for (NotificationAttachments source : attachments) {
            var found = source.attachment(notification.attachmentRef());
            if (found.isPresent()) {
                return new NotificationAttachments.Attachment(notification.attachmentName(),
                        found.get().mediaType(), found.get().content());
            }
        }
        throw new IllegalStateException("the attachment of notification " + notification.id() + " is gone");
    }

    private boolean deliver(long id) {
        Notification notification;
        try {
            notification = outbox.claim(id).orElse(null);
        } catch (EJBException claimedElsewhere) {
            return false;
        }
        if (notification == null) {
            return false;
        }
        try {
            PlainTextMail.send(mail, notification.recipients(), notification.subject(), notification.body(),
                    attachmentOf(notification));
        } catch (MessagingException | RuntimeException failure) {
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            LOG.warning(() -> "Notification " + id + " not delivered (" + error + "); it will be retried");
            outbox.recordFailed(id, error);
            return false;
        }
        outbox.recordDelivered(id);
        LOG.fine(() -> "Notification " + id + " delivered");
        return true;
    }
}
