package fr.imprimfip.retention;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One thing of a partner a purge destroyed, and when: the matter of its destruction certificate. */
@NamedQuery(name = "DestructionRecord.ofPartner", query = "select r from DestructionRecord r"
        + " where r.partnerId = :partner order by r.destroyedAt, r.id")
@Entity
@Table(name = "destruction_record")
public class DestructionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private DestroyedKind kind;

    @Column(nullable = false, length = 255)
    private String reference;

    @Column(name = "destroyed_at", nullable = false)
    private Instant destroyedAt;

    protected DestructionRecord() {
    }

    DestructionRecord(long partnerId, DestroyedKind kind, String reference, Instant destroyedAt) {
        this.partnerId = partnerId;
        this.kind = Objects.requireNonNull(kind);
        this.reference = reference.length() > 255 ? reference.substring(0, 255) : reference;
        this.destroyedAt = Objects.requireNonNull(destroyedAt);
    }

    public DestroyedKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public Instant destroyedAt() {
        return destroyedAt;
    }
}
