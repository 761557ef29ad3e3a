package fr.imprimfip.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.engine.spi.SessionImplementor;

import fr.imprimfip.persistence.TransactionConnection;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * How a capability raises a webhook event: inside its business transaction, so the event is stored if and only if
 * what it tells happened, and delivered once that transaction commits.
 */
@Stateless
public class WebhookEvents {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Stores the event and queues a delivery to each active subscription of the partner in that environment that
     * wants its type; returns its id ({@code evt_...}), or null when the partner has no subscription there.
     * {@code data} holds the resource's {@code reference} and the facts; no personal data beyond what the partner
     * deposited.
     */
    public String raise(long partnerId, ServiceEnvironment environment, WebhookEventType type, Instant occurredAt,
                        JsonObject data) {
        return write(new EventRows.Raised(partnerId, Objects.requireNonNull(environment), Objects.requireNonNull(type),
                Objects.requireNonNull(occurredAt), Objects.requireNonNull(data), null));
    }

    /** A {@code webhook.ping} for one subscription only. */
    public String ping(WebhookSubscription subscription) {
        Instant now = clock.instant();
        return write(new EventRows.Raised(subscription.partnerId(), subscription.environment(), WebhookEventType.PING,
                now, jakarta.json.Json.createObjectBuilder().add("reference", subscription.publicId()).build(),
                subscription.id()));
    }

    private String write(EventRows.Raised raised) {
        Instant now = clock.instant();
        String id = TransactionConnection.run(em, "Webhook event", connection -> EventRows.write(connection, raised,
                now));
        if (id != null) {
            ChangeEvents.wakeDispatcherAfterCommit(em.unwrap(SessionImplementor.class));
        }
        return id;
    }
}
