package fr.imprimfip.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerInformed;

/**
 * The notifications to send: written in the transaction of what they tell (so nothing is told that did not happen,
 * and nothing that happened goes untold), claimed one at a time for delivery, and their outcome recorded.
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    /** How long a claimed notification is left to the node that claimed it before another may try. */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<NotificationQueued> queued;

    @Inject
    private Event<NotificationDelivered> delivered;

    /** Writes the e-mail to the contacts the topic concerns; none when the partner declared none of them. */
    public void queue(@Observes PartnerInformed information) {
        queue(information, List.of());
    }

    /**
     * Writes the e-mail, with {@code attachments}, to the contacts the topic concerns; its id, or empty when the
     * partner declared none of them.
     */
    public Optional<Long> queue(PartnerInformed information, List<NotificationAttachment.Attachment> attachments) {
        Partner partner = em.find(Partner.class, information.partnerId());
        List<String> recipients = partner == null ? List.of() : partner.contacts().stream()
                .filter(contact -> information.topic().concerns(contact.role()))
                .map(contact -> contact.email()).distinct().toList();
        if (recipients.isEmpty()) {
            LOG.fine(() -> "No contact of partner " + information.partnerId() + " to tell about " + information.topic());
            return Optional.empty();
        }
        Notification notification = new Notification(partner.id(), information.topic().name(), recipients,
                "[Imprim'FIP] " + information.subject(), information.text() + "\n\n-- \nImprim'FIP, "
                + partner.name() + " (" + partner.clientId() + ")", clock.instant());
        attachments.forEach(notification::attach);
        write(notification);
        return Optional.of(notification.id());
    }

    /** Writes an e-mail to the platform's own staff (no partner concerned). */
    public void queueToStaff(List<String> recipients, String topic, String subject, String text) {
        if (recipients.isEmpty()) {
            return;
        }
        write(new Notification(null, topic, recipients, "[Imprim'FIP] " + subject, text, clock.instant()));
    }

    /** Into the outbox; sent once the current transaction commits. */
    private void write(Notification notification) {
        em.persist(notification);
        em.flush();
        queued.fire(new NotificationQueued(notification.id()));
    }

    /** Takes the notification for one delivery attempt, if it is due and nobody else took it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Notification> claim(long id) {
        Notification notification = em.find(Notification.class, id);
        Instant now = clock.instant();
        if (notification == null || !notification.dueAt(now)) {
            return Optional.empty();
        }
        notification.claimUntil(now.plus(CLAIM));
        em.flush();
        notification.attachments();     // read now, for the sender works outside this transaction
        return Optional.of(notification);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDelivered(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification != null) {     // erased meanwhile with its partner's habilitation data
            notification.delivered(clock.instant());
            delivered.fire(new NotificationDelivered(id, notification.sentAt()));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailed(long id, String error) {
        Notification notification = em.find(Notification.class, id);
        if (notification != null) {
            notification.failed(error, clock.instant());
        }
    }

    /** Up to {@code max} notifications due for an attempt now, oldest first. */
    public List<Long> due(int max) {
        return em.createNamedQuery("Notification.due", Long.class)
                .setParameter("pending", NotificationStatus.PENDING).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /** The notifications of a partner, most recent first. */
    public List<Notification> of(long partnerId) {
        return em.createNamedQuery("Notification.ofPartner", Notification.class)
                .setParameter("partner", partnerId).getResultList();
    }

    /** Up to {@code max} notifications of a topic (an operations alert's kind, say), delivered or not, most recent first. */
    public List<Notification> ofTopic(String topic, int max) {
        return em.createNamedQuery("Notification.ofTopic", Notification.class)
                .setParameter("topic", topic).setMaxResults(max).getResultList();
    }

    /** The notifications not delivered (pending or abandoned), oldest first. */
    public List<Notification> undelivered(int max) {
        return em.createNamedQuery("Notification.notInStatus", Notification.class)
                .setParameter("status", NotificationStatus.SENT).setMaxResults(max).getResultList();
    }

    /**
     * Every undelivered notification is due again now (after the mail server came back, say), but those being sent
     * at this moment; how many.
     */
    public int retryUndelivered() {
        Instant now = clock.instant();
        return (int) undelivered(10_000).stream().filter(n -> n.retryAt(now)).count();
    }
}
