package fr.imprimfip.lre;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;

import fr.imprimfip.audit.LogCorrelation;
import fr.imprimfip.notification.PlainTextMail;

/**
 * Sends the LRE outbox's e-mails through the WildFly mail session {@code java:jboss/mail/imprimfip}: each one right
 * after the transaction that wrote it commits, and whatever is due again after a failure when the LRE timer ticks.
 * A relay refusing the recipient (an invalid address in its answer, a 5xx reply to the recipient) is final; any other
 * failure is retried.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LreMailer {

    private static final Logger LOG = Logger.getLogger(LreMailer.class.getName());

    @Resource(lookup = "java:jboss/mail/imprimfip")
    private Session mail;

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private LreOutbox outbox;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LreMessageQueued queued) {
        executor.execute(LogCorrelation.carried(() -> deliver(queued.messageId())));
    }

    /** Attempts every message due now; how many were sent. */
    public int deliverDue() {
        int sent = 0;
        for (long id : outbox.due(200)) {
            sent += deliver(id) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(long id) {
        OutgoingMail outgoing;
        try {
            outgoing = outbox.claim(id).orElse(null);
        } catch (EJBException claimedElsewhere) {
            return false;
        }
        if (outgoing == null) {
            return false;
        }
        try {
            PlainTextMail.send(mail, List.of(outgoing.to()), outgoing.text().subject(), outgoing.text().body());
        } catch (MessagingException | RuntimeException failure) {
            boolean permanent = refusedRecipient(failure);
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            // the error may quote the address: the outbox masks it, the log names the message only
            LOG.warning(() -> "LRE e-mail " + id + " (" + outgoing.kind() + ") not delivered"
                    + (permanent ? ": the relay refuses the recipient" : "; it will be retried"));
            try {
                outbox.recordFailed(id, error, permanent);
            } catch (EJBException e) {
                LOG.warning(() -> "LRE e-mail " + id + ": the failure could not be recorded; the claim will expire");
            }
            return false;
        }
        outbox.recordSent(outgoing);
        LOG.fine(() -> "LRE e-mail " + id + " (" + outgoing.kind() + ") delivered");
        return true;
    }

    /** Whether the relay refused the recipient for good: invalid addresses, or a 5xx reply naming the recipient. */
    static boolean refusedRecipient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t instanceof MessagingException m && m.getNextException() != null
                ? m.getNextException() : t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }
}
