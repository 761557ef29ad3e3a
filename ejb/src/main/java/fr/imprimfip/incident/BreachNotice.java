package fr.imprimfip.incident;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One stage of the notice of a personal-data breach to one partner concerned (annex clause 10.1): what is known at
 * that stage, the counts the platform's data gives, the contact point, when it was written and when its e-mail was
 * sent. Each stage tells everything known so far; the final one closes the notice.
 */
@Entity
@Table(name = "breach_notice")
public class BreachNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private SecurityIncident incident;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(nullable = false)
    private int stage;

    @Column(nullable = false, length = 2000)
    private String nature;

    @Column(name = "people_categories", nullable = false, length = 1000)
    private String peopleCategories;

    @Column(name = "record_categories", nullable = false, length = 1000)
    private String recordCategories;

    @Column(name = "period_from", nullable = false)
    private Instant periodFrom;

    @Column(name = "period_to", nullable = false)
    private Instant periodTo;

    @Column(name = "files_count", nullable = false)
    private long files;

    @Column(name = "letters_count", nullable = false)
    private long letters;

    @Column(name = "recipients_count", nullable = false)
    private long recipients;

    @Column(name = "contact_point", nullable = false, length = 500)
    private String contactPoint;

    @Column(length = 2000)
    private String consequences;

    @Column(length = 2000)
    private String measures;

    @Column(name = "final_stage", nullable = false)
    private boolean finalStage;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "notification_id")
    private Long notificationId;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected BreachNotice() {
    }

    BreachNotice(SecurityIncident incident, long partnerId, int stage, BreachNoticeText text, BreachScope scope,
                 String contactPoint, Instant now, String by) {
        this.incident = Objects.requireNonNull(incident);
        this.partnerId = partnerId;
        this.stage = stage;
        this.nature = text.nature();
        this.peopleCategories = text.peopleCategories();
        this.recordCategories = text.recordCategories();
        this.consequences = text.consequences();
        this.measures = text.measures();
        this.finalStage = text.finalStage();
        this.periodFrom = scope.from();
        this.periodTo = scope.to();
        this.files = scope.files();
        this.letters = scope.letters();
        this.recipients = scope.recipients();
        this.contactPoint = contactPoint == null || contactPoint.isBlank() ? "?"
                : contactPoint.length() > 500 ? contactPoint.substring(0, 500) : contactPoint;
        this.writtenAt = Objects.requireNonNull(now);
        this.writtenBy = Objects.requireNonNull(by);
    }

    /** Its e-mail is in the outbox as notification {@code id}. */
    void queuedAs(long id) {
        notificationId = id;
    }

    /** Its e-mail left at {@code at}; the first sending counts. */
    void sent(Instant at) {
        if (sentAt == null) {
            sentAt = at;
        }
    }

    /** The file name of its PDF. */
    public String fileName() {
        return "notification-violation-" + incident.reference() + "-" + stage + ".pdf";
    }

    public Long id() {
        return id;
    }

    public SecurityIncident incident() {
        return incident;
    }

    public long partnerId() {
        return partnerId;
    }

    public int stage() {
        return stage;
    }

    public BreachNoticeText text() {
        return new BreachNoticeText(nature, peopleCategories, recordCategories, consequences, measures, finalStage);
    }

    public BreachScope scope() {
        return new BreachScope(periodFrom, periodTo, files, letters, recipients);
    }

    public String contactPoint() {
        return contactPoint;
    }

    public boolean finalStage() {
        return finalStage;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public Long notificationId() {
        return notificationId;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
