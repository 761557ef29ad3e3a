package fr.imprimfip.deposit;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An idempotency key used by a partner on a deposit request: the fingerprint of the request it came with and, once
 * the deposit exists, its reference.
 */
@NamedQuery(name = "IdempotencyRecord.byKey", query = "select r from IdempotencyRecord r"
        + " where r.partnerId = :partner and r.key = :key")
@NamedQuery(name = "IdempotencyRecord.unfinishedOfNode", query = "delete from IdempotencyRecord r"
        + " where r.takenBy = :node and r.depositRef is null")
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    /** A request still in flight after this long is taken to have died with its node. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    /** The fingerprint of a request whose body is still being received. */
    static final String PENDING = "-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "idempotency_key", nullable = false, length = 255)
    private String key;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "deposit_ref", length = 255)
    private String depositRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "taken_by", length = 100)
    private String takenBy;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(long partnerId, String key, String fingerprint, Instant now, String node) {
        this.partnerId = partnerId;
        this.key = key;
        this.fingerprint = fingerprint;
        this.createdAt = now;
        this.takenBy = node;
    }

    String fingerprint() {
        return fingerprint;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean completed() {
        return depositRef != null;
    }

    boolean abandoned(Instant now) {
        return !completed() && createdAt.plus(ABANDONED_AFTER).isBefore(now);
    }

    void retake(String newFingerprint, Instant now, String node) {
        this.fingerprint = newFingerprint;
        this.createdAt = now;
        this.takenBy = node;
    }

    void complete(String reference, Instant now) {
        this.depositRef = reference;
        this.completedAt = now;
    }

    String depositRef() {
        return depositRef;
    }
}
