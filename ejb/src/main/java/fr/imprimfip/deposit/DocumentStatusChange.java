package fr.imprimfip.deposit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.StatusMessage;

/** One transition of a document's status: when, to what, and from which source. Never changed afterwards. */
@NamedQuery(name = "DocumentStatusChange.ofLotSince", query = "select c.changedAt, c.status, c.productionStep,"
        + " c.source, c.message, count(c) from DocumentStatusChange c join c.document doc where doc.printLotId = :lot"
        + " and c.changedAt >= :since group by c.changedAt, c.status, c.productionStep, c.source, c.message"
        + " order by c.changedAt, c.status")
@Entity
@Table(name = "document_status_change")
public class DocumentStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_status_change_seq")
    @SequenceGenerator(name = "document_status_change_seq", sequenceName = "document_status_change_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private DepositedDocument document;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private DocumentStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private StatusSource source;

    @Column(length = 1000)
    private String message;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "production_step", length = 20)
    private ProductionStep productionStep;

    protected DocumentStatusChange() {
    }

    DocumentStatusChange(DepositedDocument document, DocumentStatus status, Instant changedAt, StatusSource source,
                         String message, ProductionStep productionStep) {
        this.document = document;
        this.productionStep = productionStep;
        this.status = status;
        this.changedAt = changedAt;
        this.source = source;
        this.message = StatusMessage.fit(message);
    }

    public DocumentStatus status() {
        return status;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public StatusSource source() {
        return source;
    }

    public String message() {
        return message;
    }

    /** Where the letter stood in the print centre at that time, while in production. */
    public ProductionStep productionStep() {
        return productionStep;
    }
}
