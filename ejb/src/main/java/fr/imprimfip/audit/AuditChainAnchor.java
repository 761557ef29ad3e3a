package fr.imprimfip.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a chain starts once its oldest events have been destroyed at the end of their retention: the first number
 * left, and the hash of the last event destroyed, which that first event must follow.
 */
@Entity
@Table(name = "audit_chain_anchor")
public class AuditChainAnchor {

    @Id
    @Column(name = "chain_id", length = 100)
    private String chainId;

    @Column(name = "first_seq", nullable = false)
    private long firstSeq;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    protected AuditChainAnchor() {
    }

    static AuditChainAnchor of(String chainId) {
        AuditChainAnchor anchor = new AuditChainAnchor();
        anchor.chainId = chainId;
        anchor.firstSeq = 1;
        anchor.previousHash = AuditHash.GENESIS;
        return anchor;
    }

    /** The chain now starts after the event {@code lastDestroyedSeq}, whose hash was {@code lastDestroyedHash}. */
    void moveAfter(long lastDestroyedSeq, String lastDestroyedHash, Instant now) {
        if (lastDestroyedSeq < firstSeq) {
            throw new IllegalArgumentException("An anchor only moves forward");
        }
        firstSeq = lastDestroyedSeq + 1;
        previousHash = lastDestroyedHash;
        movedAt = now;
    }

    public String chainId() {
        return chainId;
    }

    public long firstSeq() {
        return firstSeq;
    }

    public String previousHash() {
        return previousHash;
    }
}
