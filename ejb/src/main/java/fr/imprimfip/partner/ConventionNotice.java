package fr.imprimfip.partner;

import java.time.Instant;
import java.time.LocalDate;

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

/** A notice the daily review issued to a partner: one of each kind per attestation end date. */
@NamedQuery(name = "ConventionNotice.ofPartner", query = "select n from ConventionNotice n"
        + " where n.partnerId = :partner order by n.issuedAt, n.id")
@NamedQuery(name = "ConventionNotice.idsIssued", query = "select n.id from ConventionNotice n"
        + " where n.partnerId = :partner and n.kind = :kind and n.concerningDate = :date")
@Entity
@Table(name = "convention_notice")
public class ConventionNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private NoticeKind kind;

    @Column(name = "concerning_date", nullable = false)
    private LocalDate concerningDate;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(nullable = false, length = 500)
    private String message;

    protected ConventionNotice() {
    }

    ConventionNotice(long partnerId, NoticeKind kind, LocalDate validUntil, LocalDate issuedOn, Instant issuedAt) {
        this.partnerId = partnerId;
        this.kind = kind;
        this.concerningDate = validUntil;
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
        this.message = kind.message(validUntil);
    }

    public long partnerId() {
        return partnerId;
    }

    public NoticeKind kind() {
        return kind;
    }

    public LocalDate concerningDate() {
        return concerningDate;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String message() {
        return message;
    }
}
