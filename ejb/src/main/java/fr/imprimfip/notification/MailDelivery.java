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
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import fr.imprimfip.audit.LogCorrelation;

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

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        executor.execute(LogCorrelation.carried(() -> deliver(queued.notificationId())));
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
                    notification.attachments());
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
