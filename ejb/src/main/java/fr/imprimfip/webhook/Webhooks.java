package fr.imprimfip.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * A partner's webhook subscriptions in one environment: made, listed, paused, resumed, deleted, their secret rotated,
 * pinged, their delivery log read and events replayed to them.
 */
@Stateless
public class Webhooks {

    /** How many subscriptions a partner may keep in one environment. */
    static final int MAX_SUBSCRIPTIONS = 20;
    static final int MAX_REPLAY = 10_000;

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private WebhookSettings settings;

    @Inject
    private WebhookSecrets secrets;

    @EJB
    private WebhookEvents events;

    /** Who owns subscriptions: a partner, in the environment of its credential. */
    public record Owner(long partnerId, ServiceEnvironment environment) {
    }

    /** A subscription and, only when it was just made or rotated, its secret in clear. */
    public record Created(WebhookSubscription subscription, String secret) {
    }

    /** The new secret of a rotation, and until when the previous one still signs. */
    public record Rotated(String secret, Instant previousSecretExpiresAt) {
    }

    public Created create(Owner owner, String url, List<String> eventTypes, String description) {
        AddressGuard.check(url, settings.allowLoopback(), AddressGuard.DNS);
        var types = WebhookSubscription.types(eventTypes);
        if (list(owner).size() >= MAX_SUBSCRIPTIONS) {
            throw new InvalidInputException("Un partenaire a au plus " + MAX_SUBSCRIPTIONS
                    + " webhooks par environnement.", "A partner has at most " + MAX_SUBSCRIPTIONS
                    + " webhooks per environment.");
        }
        String secret = WebhookSignature.newSecret();
        WebhookSubscription subscription = new WebhookSubscription(owner.partnerId(), owner.environment(), url.trim(),
                types, description, secrets.seal(secret), clock.instant());
        em.persist(subscription);
        em.flush();
        return new Created(subscription, secret);
    }

    public List<WebhookSubscription> list(Owner owner) {
        return em.createNamedQuery("WebhookSubscription.ofPartner", WebhookSubscription.class)
                .setParameter("partner", owner.partnerId()).setParameter("environment", owner.environment())
                .setParameter("deleted", WebhookSubscription.Status.DELETED).getResultList();
    }

    public WebhookSubscription get(Owner owner, String id) {
        if (!WebhookIds.wellFormed(id, WebhookIds.SUBSCRIPTION)) {
            throw new WebhookNotFoundException(id);
        }
        return em.createNamedQuery("WebhookSubscription.byPublicId", WebhookSubscription.class)
                .setParameter("id", id).setParameter("partner", owner.partnerId())
                .setParameter("environment", owner.environment())
                .setParameter("deleted", WebhookSubscription.Status.DELETED).getResultStream().findFirst()
                .orElseThrow(() -> new WebhookNotFoundException(id));
    }

    /** Deletes the subscription: nothing more is sent to it, what was queued is dropped. */
    public void delete(Owner owner, String id) {
        WebhookSubscription subscription = get(owner, id);
        subscription.delete();
        em.createNamedQuery("WebhookDelivery.abandonPendingOf").setParameter("subscription", subscription.id())
                .setParameter("abandoned", WebhookDelivery.State.ABANDONED)
                .setParameter("pending", WebhookDelivery.State.PENDING).executeUpdate();
    }

    public WebhookSubscription pause(Owner owner, String id) {
        WebhookSubscription subscription = get(owner, id);
        subscription.pause();
        return subscription;
    }

    /** Active again; after a disabling, the deliveries it kept are sent again from now on. */
    public WebhookSubscription resume(Owner owner, String id) {
        WebhookSubscription subscription = get(owner, id);
        subscription.resume();
        return subscription;
    }

    public Rotated rotate(Owner owner, String id, int overlapHours) {
        WebhookSubscription subscription = get(owner, id);
        String secret = WebhookSignature.newSecret();
        Instant now = clock.instant();
        subscription.rotate(secrets.seal(secret), Duration.ofHours(overlapHours), now);
        return new Rotated(secret, subscription.previousSecretExpiresAt());
    }

    /** A {@code webhook.ping} to that subscription only; its event id. */
    public String ping(Owner owner, String id) {
        return events.ping(requireActive(get(owner, id)));
    }

    /** The attempts of the subscription, most recent first, before the attempt {@code beforeId} when given. */
    public List<WebhookAttempt> attempts(Owner owner, String id, Long beforeId, int limit) {
        WebhookSubscription subscription = get(owner, id);
        return em.createNamedQuery("WebhookAttempt.ofSubscription", WebhookAttempt.class)
                .setParameter("subscription", subscription.id())
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId).setMaxResults(limit)
                .getResultList();
    }

    /** Sends one event of the partner again to the subscription; 1. */
    public int replay(Owner owner, String id, String eventId) {
        WebhookSubscription subscription = requireActive(get(owner, id));
        WebhookEvent event = WebhookIds.wellFormed(eventId, WebhookIds.EVENT)
                ? em.find(WebhookEvent.class, eventId) : null;
        if (event == null || event.partnerId() != owner.partnerId() || event.environment() != owner.environment()) {
            throw new WebhookNotFoundException(eventId);
        }
        em.persist(new WebhookDelivery(event.id(), subscription.id(), clock.instant()));
        ChangeEvents.wakeDispatcherAfterCommit(em.unwrap(org.hibernate.engine.spi.SessionImplementor.class));
        return 1;
    }

    /** Sends again every event of the subscription's types raised in [from, to); how many. */
    public int replay(Owner owner, String id, Instant from, Instant to) {
        WebhookSubscription subscription = requireActive(get(owner, id));
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("Indiquez « from » avant « to ».", "Give \"from\" before \"to\".");
        }
        List<WebhookEvent> found = em.createNamedQuery("WebhookEvent.between", WebhookEvent.class)
                .setParameter("partner", owner.partnerId()).setParameter("environment", owner.environment())
                .setParameter("from", from).setParameter("to", to)
                .setParameter("ping", WebhookEventType.PING.wire()).setMaxResults(MAX_REPLAY + 1).getResultList();
        if (found.size() > MAX_REPLAY) {
            throw new InvalidInputException("Plus de " + MAX_REPLAY + " événements dans cette période : réduisez-la.",
                    "More than " + MAX_REPLAY + " events in that period: shorten it.");
        }
        var types = subscription.eventTypes();
        Instant now = clock.instant();
        int replayed = 0;
        for (WebhookEvent event : found) {
            if (WebhookEventType.ofWire(event.type()).filter(types::contains).isPresent()) {
                em.persist(new WebhookDelivery(event.id(), subscription.id(), now));
                replayed++;
            }
        }
        if (replayed > 0) {
            ChangeEvents.wakeDispatcherAfterCommit(em.unwrap(org.hibernate.engine.spi.SessionImplementor.class));
        }
        return replayed;
    }

    private static WebhookSubscription requireActive(WebhookSubscription subscription) {
        if (subscription.status() != WebhookSubscription.Status.ACTIVE) {
            throw new WebhookStateException("Le webhook est " + subscription.status() + " : reprenez-le d'abord"
                    + " (resume).", "The webhook is " + subscription.status() + ": resume it first.");
        }
        return subscription;
    }
}
