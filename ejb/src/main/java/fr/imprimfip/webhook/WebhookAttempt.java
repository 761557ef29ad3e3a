package fr.imprimfip.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One attempt to deliver an event to a subscription, as its delivery log shows it. Never changed. */
@NamedQuery(name = "WebhookAttempt.ofSubscription", query = "select a from WebhookAttempt a"
        + " where a.subscriptionId = :subscription and a.id < :before order by a.id desc")
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    static final int MAX_ERROR = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private long deliveryId;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Column(name = "event_id", nullable = false, length = 30)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @Column(nullable = false)
    private int attempt;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(length = MAX_ERROR)
    private String error;

    @Column(name = "latency_ms", nullable = false)
    private long latencyMs;

    protected WebhookAttempt() {
    }

    WebhookAttempt(WebhookDelivery delivery, String eventType, int attempt, Instant at, Integer httpStatus,
                   String error, long latencyMs) {
        this.deliveryId = delivery.id();
        this.subscriptionId = delivery.subscriptionId();
        this.eventId = delivery.eventId();
        this.eventType = eventType;
        this.attempt = attempt;
        this.attemptedAt = at;
        this.httpStatus = httpStatus;
        this.error = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        this.latencyMs = latencyMs;
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public int attempt() {
        return attempt;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String error() {
        return error;
    }

    public long latencyMs() {
        return latencyMs;
    }

    /** Whether the endpoint took the event (a 2xx answer). */
    public boolean succeeded() {
        return httpStatus != null && httpStatus / 100 == 2;
    }
}
