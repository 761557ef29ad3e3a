package fr.imprimfip.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The newest event of one chain: where the next one is appended, and what verification expects to find last. */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {

    @Id
    @Column(name = "chain_id", length = 100)
    private String chainId;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    static AuditChainHead start(String chainId) {
        AuditChainHead head = new AuditChainHead();
        head.chainId = chainId;
        head.lastSeq = 0;
        head.lastHash = AuditHash.GENESIS;
        return head;
    }

    /** The head of a chain as recorded: its newest event's number and hash (the chain's start when it has none). */
    static AuditChainHead at(String chainId, long lastSeq, String lastHash) {
        AuditChainHead head = start(chainId);
        head.lastSeq = lastSeq;
        head.lastHash = lastHash;
        return head;
    }

    /** Appends {@code record} after the newest event; returns the new event. */
    AuditEvent append(AuditRecord record) {
        AuditEvent event = AuditEvent.chained(chainId, lastSeq + 1, lastHash, record);
        lastSeq = event.chainSeq();
        lastHash = event.hash();
        return event;
    }

    public String chainId() {
        return chainId;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
