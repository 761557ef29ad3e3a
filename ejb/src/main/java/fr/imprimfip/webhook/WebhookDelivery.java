package fr.imprimfip.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event to deliver to one subscription: the webhook outbox's row. Claimed for an attempt by moving its next
 * attempt to the end of a lease (a conditional update, so two nodes never both take it, and a node that stops
 * mid-attempt leaves it due again once the lease ends); delivered at the first 2xx answer, otherwise retried on
 * the {@link RetrySchedule} until it gives up.
 */
@NamedQuery(name = "WebhookDelivery.claim", query = "update WebhookDelivery d set d.nextAttemptAt = :until,"
        + " d.version = d.version + 1 where d.id = :id and d.state = :pending and d.nextAttemptAt <= :now")
@NamedQuery(name = "WebhookDelivery.abandonPendingOf", query = "update WebhookDelivery d set d.state = :abandoned,"
        + " d.nextAttemptAt = null, d.version = d.version + 1 where d.subscriptionId = :subscription"
        + " and d.state = :pending")
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** Where a delivery stands. */
    public enum State { PENDING, DELIVERED, ABANDONED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, length = 30)
    private String eventId;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected WebhookDelivery() {
    }

    /** The event sent again to the subscription (a replay), due now. */
    WebhookDelivery(String eventId, long subscriptionId, Instant now) {
        this.eventId = eventId;
        this.subscriptionId = subscriptionId;
        this.state = State.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** One attempt made; returns its number. */
    int attempted() {
        return ++attempts;
    }

    void delivered(Instant at) {
        state = State.DELIVERED;
        deliveredAt = at;
        nextAttemptAt = null;
    }

    /** Retried at {@code next}, or given up when null. */
    void failed(Instant next) {
        if (next == null) {
            state = State.ABANDONED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = next;
        }
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
