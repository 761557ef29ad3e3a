package fr.imprimfip.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.partner.PartnerInformed;

/**
 * The webhook deliveries to attempt: found when due, claimed one at a time for an attempt (the claim moves the next
 * attempt to the end of a lease), composed with the subscription's secrets, and their outcome recorded in the
 * delivery log; a subscription failing without a success for too long is disabled and its partner's technical
 * contact told.
 */
@Stateless
public class WebhookOutbox {

    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private WebhookSettings settings;

    @Inject
    private WebhookSecrets secrets;

    @Inject
    private Event<PartnerInformed> informed;

    /** A delivery due now, its subscription, the subscription's partner, and whether the subscription is failing. */
    public record Due(long deliveryId, long subscriptionId, long partnerId, boolean failing) {
    }

    /**
     * Up to {@code max} deliveries due now to active subscriptions, the longest waiting first, leaving out those that
     * may not start on this node now (an endpoint or a partner at its cap, failing endpoints at theirs): the
     * deliveries that may start are found even when older ones that may not are many.
     */
    public List<Due> due(int max, Set<Long> fullEndpoints, Set<Long> fullPartners, boolean failingFull) {
        StringBuilder jpql = new StringBuilder("select d.id, d.subscriptionId, s.partnerId, s.failingSince"
                + " from WebhookDelivery d, WebhookSubscription s where s.id = d.subscriptionId"
                + " and s.status = :active and d.state = :pending and d.nextAttemptAt <= :now");
        if (!fullEndpoints.isEmpty()) {
            jpql.append(" and s.id not in :fullEndpoints");
        }
        if (!fullPartners.isEmpty()) {
            jpql.append(" and s.partnerId not in :fullPartners");
        }
        if (failingFull) {
            jpql.append(" and s.failingSince is null");
        }
        var query = em.createQuery(jpql.append(" order by d.nextAttemptAt, d.id").toString(), Object[].class)
                .setParameter("active", WebhookSubscription.Status.ACTIVE)
                .setParameter("pending", WebhookDelivery.State.PENDING).setParameter("now", clock.instant());
        if (!fullEndpoints.isEmpty()) {
            query.setParameter("fullEndpoints", fullEndpoints);
        }
        if (!fullPartners.isEmpty()) {
            query.setParameter("fullPartners", fullPartners);
        }
        return query.setMaxResults(max).getResultList().stream()
                .map(row -> new Due((Long) row[0], (Long) row[1], (Long) row[2], row[3] != null)).toList();
    }

    /** Takes the delivery for one attempt if it is due and nobody else took it, and composes it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutgoingWebhook> claim(long id) {
        Instant now = clock.instant();
        int claimed = em.createNamedQuery("WebhookDelivery.claim").setParameter("id", id)
                .setParameter("pending", WebhookDelivery.State.PENDING).setParameter("now", now)
                .setParameter("until", now.plus(settings.lease())).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        WebhookSubscription subscription = em.find(WebhookSubscription.class, delivery.subscriptionId());
        if (subscription.status() != WebhookSubscription.Status.ACTIVE) {
            return Optional.empty();        // paused meanwhile: the delivery waits, due again when its lease ends
        }
        WebhookEvent event = em.find(WebhookEvent.class, delivery.eventId());
        List<String> clear = subscription.sealedSecrets(now).stream().map(secrets::open).toList();
        return Optional.of(new OutgoingWebhook(id, subscription.id(), subscription.url(), event.id(), event.type(),
                event.body(), clear));
    }

    /**
     * The outcome of an attempt: an HTTP status (2xx delivers) or an error (no answer), and how long it took.
     * A failure is retried on the schedule, or given up after it; it may disable the subscription.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(OutgoingWebhook outgoing, Integer httpStatus, String error, long latencyMs) {
        Instant now = clock.instant();
        WebhookDelivery delivery = em.find(WebhookDelivery.class, outgoing.deliveryId());
        if (delivery == null || delivery.state() != WebhookDelivery.State.PENDING) {
            return;                         // a node whose lease had ended recorded it first
        }
        // attempts to one endpoint end together: their outcomes are recorded one after the other, each reading the
        // subscription's health as the previous one left it (otherwise one outcome would be lost to the other)
        WebhookSubscription subscription = em.find(WebhookSubscription.class, outgoing.subscriptionId(),
                LockModeType.PESSIMISTIC_WRITE);
        int attempt = delivery.attempted();
        WebhookAttempt logged = new WebhookAttempt(delivery, outgoing.eventType(), attempt, now, httpStatus, error,
                latencyMs);
        em.persist(logged);
        if (logged.succeeded()) {
            delivery.delivered(now);
            subscription.succeeded();
            return;
        }
        delivery.failed(settings.retries().next(attempt, delivery.createdAt(), now,
                bound -> ThreadLocalRandom.current().nextLong(bound)));
        if (subscription.failed(now, settings.disableAfter())) {
            LOG.warning(() -> "Webhook " + subscription.publicId() + " of partner " + subscription.partnerId()
                    + " disabled: it has failed since " + subscription.failingSince());
            informed.fire(new PartnerInformed(subscription.partnerId(), PartnerInformed.Topic.INTEGRATION,
                    "Webhook désactivé", "Le webhook " + subscription.publicId() + " (" + subscription.url()
                    + ", environnement " + subscription.environment() + ") échoue depuis le "
                    + subscription.failingSince() + " sans une seule livraison réussie : il est désactivé.\n\n"
                    + "Tant qu'il est désactivé, rien ne lui est envoyé ; les événements restent conservés "
                    + settings.keep().toDays() + " jours. Une fois le point de réception réparé, reprenez le"
                    + " webhook (POST /api/v2/webhooks/" + subscription.publicId() + "/resume), puis demandez le"
                    + " renvoi de la période manquée (POST /api/v2/webhooks/" + subscription.publicId()
                    + "/replays avec from et to). Son journal de livraison (GET /api/v2/webhooks/"
                    + subscription.publicId() + "/deliveries) dit les erreurs rencontrées."));
        }
    }

    /**
     * Forgets what is older than {@code before}: the delivery log's attempts, the deliveries that ended and have no
     * attempt left, the events that have no delivery left (replays reach back that far). How many rows went.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forget(Instant before) {
        int attempts = em.createQuery("delete from WebhookAttempt a where a.attemptedAt < :before")
                .setParameter("before", before).executeUpdate();
        int deliveries = em.createQuery("delete from WebhookDelivery d where d.createdAt < :before"
                + " and d.state <> :pending and not exists (select a.id from WebhookAttempt a"
                + " where a.deliveryId = d.id)").setParameter("before", before)
                .setParameter("pending", WebhookDelivery.State.PENDING).executeUpdate();
        int events = em.createQuery("delete from WebhookEvent e where e.createdAt < :before and not exists"
                + " (select d.id from WebhookDelivery d where d.eventId = e.id)").setParameter("before", before)
                .executeUpdate();
        return attempts + deliveries + events;
    }
}
