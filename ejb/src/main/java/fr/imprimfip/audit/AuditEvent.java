package fr.imprimfip.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event of the audit trail, as appended to its chain ({@link AuditWriter} numbers and inserts it); never changed
 * afterwards.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private Long id;

    @Column(name = "chain_id", nullable = false, length = 100)
    private String chainId;

    @Column(name = "chain_seq", nullable = false)
    private long chainSeq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "actor_kind", nullable = false, length = 20)
    private AuditRecord.ActorKind actorKind;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "certificate_sha256", length = 64)
    private String certificateSha256;

    @Column(length = 45)
    private String ip;

    @Column(name = "correlation_id", length = 64)
    private String correlationId;

    @Column(nullable = false, length = 200)
    private String operation;

    @Column(length = 255)
    private String target;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AuditRecord.Outcome outcome;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(length = 500)
    private String reason;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    /** The event {@code record}, appended to {@code chainId} after the event whose hash is {@code previousHash}. */
    static AuditEvent chained(String chainId, long chainSeq, String previousHash, AuditRecord record) {
        AuditEvent event = new AuditEvent();
        event.chainId = chainId;
        event.chainSeq = chainSeq;
        event.occurredAt = record.occurredAt();
        event.actorKind = record.actorKind();
        event.actor = record.actor();
        event.certificateSha256 = record.certificateSha256();
        event.ip = record.ip();
        event.correlationId = record.correlationId();
        event.operation = record.operation();
        event.target = record.target();
        event.outcome = record.outcome();
        event.httpStatus = record.httpStatus();
        event.reason = record.reason();
        event.durationMs = record.durationMs();
        event.previousHash = previousHash;
        event.hash = AuditHash.of(previousHash, chainId, chainSeq, record);
        return event;
    }

    /** The event's fields as recorded, to hash them again. */
    public AuditRecord record() {
        return new AuditRecord(occurredAt, actorKind, actor, certificateSha256, ip, correlationId, operation, target,
                outcome, httpStatus, reason, durationMs);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long id() {
        return id;
    }

    public String chainId() {
        return chainId;
    }

    public long chainSeq() {
        return chainSeq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
