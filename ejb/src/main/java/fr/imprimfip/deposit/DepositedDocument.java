package fr.imprimfip.deposit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One document ("pli") of a deposited file, with its current status and the history of its statuses. */
@Entity
@Table(name = "deposit_document")
public class DepositedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deposit_document_seq")
    @SequenceGenerator(name = "deposit_document_seq", sequenceName = "deposit_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deposit_id")
    private Deposit deposit;

    @Column(name = "business_ref", nullable = false, length = 255)
    private String businessRef;

    @Column(name = "position_in_file", nullable = false)
    private int position;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @Column(name = "first_page", nullable = false)
    private int firstPage;

    @Column(name = "sheet_count", nullable = false)
    private int sheets;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    @Column(name = "envelope_format", nullable = false, length = 10)
    private String envelope;

    @Column(name = "postage_class", nullable = false, length = 10)
    private String postageClass;

    @Column(name = "warning_message", length = 1000)
    private String warning;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private DocumentStatus status;

    @Column(name = "status_message", length = 1000)
    private String statusMessage;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    @BatchSize(size = 500)
    private List<DocumentStatusChange> history = new ArrayList<>();

    protected DepositedDocument() {
    }

    static DepositedDocument analysed(Deposit deposit, int position, DocumentAnalysis analysis, Instant now) {
        DepositedDocument document = new DepositedDocument();
        document.deposit = deposit;
        document.position = position;
        document.businessRef = analysis.businessRef();
        document.pageCount = analysis.pageCount();
        document.firstPage = analysis.firstPage();
        document.sheets = analysis.facts().sheets();
        document.weightGrams = analysis.facts().weightGrams();
        document.envelope = analysis.facts().envelope().name();
        document.postageClass = analysis.facts().postageClass();
        document.warning = analysis.warning();
        if (analysis.accepted()) {
            document.moveTo(DocumentStatus.PENDING, now, StatusSource.ANALYSIS, analysis.warning());
        } else {
            document.moveTo(DocumentStatus.ERROR, now, StatusSource.ANALYSIS, analysis.refusal());
        }
        return document;
    }

    /** The next step of a simulated production (sandbox): pending, in production, shipped, delivered. */
    void simulateNextStep(Instant now, SendingType sendingType) {
        switch (status) {
            case PENDING -> moveTo(DocumentStatus.IN_PRODUCTION, now, StatusSource.SIMULATION, null);
            case IN_PRODUCTION -> moveTo(DocumentStatus.SHIPPED, now, StatusSource.SIMULATION, null);
            case SHIPPED -> {
                if (sendingType.registered()) {
                    moveTo(DocumentStatus.DELIVERED, now, StatusSource.SIMULATION, null);
                }
            }
            default -> {
                // final: nothing more happens
            }
        }
    }

    /** The owner deletes the document while it waits for production. */
    void deleteByPartner(Instant now) {
        if (status != DocumentStatus.PENDING) {
            throw new DocumentNotDeletableException("Le document « " + businessRef + " » n'est plus en attente de"
                    + " traitement (" + status.label() + ").");
        }
        moveTo(DocumentStatus.DELETED, now, StatusSource.PARTNER, null);
    }

    private void moveTo(DocumentStatus next, Instant at, StatusSource source, String message) {
        this.status = next;
        this.statusAt = at;
        this.statusMessage = message;
        history.add(new DocumentStatusChange(this, next, at, source, message));
    }

    public String businessRef() {
        return businessRef;
    }

    public int pageCount() {
        return pageCount;
    }

    public int position() {
        return position;
    }

    public int firstPage() {
        return firstPage;
    }

    public int sheets() {
        return sheets;
    }

    public int weightGrams() {
        return weightGrams;
    }

    public String envelope() {
        return envelope;
    }

    public String postageClass() {
        return postageClass;
    }

    /** A warning of the charter the partner should read; the document goes on all the same. */
    public String warning() {
        return warning;
    }

    public DocumentStatus status() {
        return status;
    }

    public String statusMessage() {
        return statusMessage;
    }

    public Instant statusAt() {
        return statusAt;
    }

    public List<DocumentStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
