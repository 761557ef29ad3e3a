package fr.imprimfip.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.ServiceEnvironment;

/**
 * An event raised for a partner: its id, type, the time the thing happened and the exact body every delivery of it
 * sends (so a retry or a replay sends the same bytes). Written by {@link EventRows}; never changed.
 */
@NamedQuery(name = "WebhookEvent.between", query = "select e from WebhookEvent e where e.partnerId = :partner"
        + " and e.environment = :environment and e.createdAt >= :from and e.createdAt < :to and e.type <> :ping"
        + " order by e.createdAt, e.id")
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    @Id
    @Column(length = 30)
    private String id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ServiceEnvironment environment;

    @Column(name = "event_type", nullable = false, length = 40)
    private String type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = EventRows.MAX_BODY)
    private String body;

    protected WebhookEvent() {
    }

    public String id() {
        return id;
    }

    public long partnerId() {
        return partnerId;
    }

    public ServiceEnvironment environment() {
        return environment;
    }

    /** The type's wire name. */
    public String type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String body() {
        return body;
    }
}
