package fr.imprimfip.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One e-mail to a partner's contacts, kept until delivered (the outbox), with its attempts. */
@NamedQuery(name = "Notification.due", query = "select n.id from Notification n where n.status = :pending"
        + " and n.nextAttemptAt <= :now order by n.nextAttemptAt, n.id")
@NamedQuery(name = "Notification.ofPartner", query = "select n from Notification n where n.partnerId = :partner"
        + " order by n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.ofTopic", query = "select n from Notification n where n.topic = :topic"
        + " order by n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.notInStatus", query = "select n from Notification n where n.status <> :status"
        + " order by n.createdAt, n.id")
@Entity
@Table(name = "notification")
public class Notification {

    static final int MAX_ATTEMPTS = PlainTextMail.MAX_ATTEMPTS;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(nullable = false, length = 30)
    private String topic;

    @Column(nullable = false, length = 2000)
    private String recipients;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private NotificationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "notification", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<NotificationAttachment> attachments = new ArrayList<>();

    protected Notification() {
    }

    Notification(Long partnerId, String topic, List<String> recipients, String subject, String body, Instant now) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a notification has recipients");
        }
        this.partnerId = partnerId;
        this.topic = Objects.requireNonNull(topic);
        this.recipients = String.join(",", recipients);
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
        this.status = NotificationStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Sends {@code attachment} with the e-mail. */
    void attach(NotificationAttachment.Attachment attachment) {
        attachments.add(new NotificationAttachment(this, attachment));
    }

    /** The files sent with the e-mail (read within a transaction). */
    public List<NotificationAttachment.Attachment> attachments() {
        return attachments.stream().map(NotificationAttachment::attachment).toList();
    }

    /** Whether a delivery attempt is due at {@code now}. */
    boolean dueAt(Instant now) {
        return status == NotificationStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Taken by one delivery attempt: nobody else tries before {@code until}. */
    void claimUntil(Instant until) {
        nextAttemptAt = until;
        claimedUntil = until;
    }

    void delivered(Instant at) {
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        claimedUntil = null;
        lastError = null;
    }

    /** A failed attempt: the next one waits twice as long as the previous (1 minute first, 6 hours at most). */
    void failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 500 ? error.substring(0, 500) : error;
        claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = NotificationStatus.ABANDONED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = PlainTextMail.nextAttempt(attempts, at);
        }
    }

    /**
     * An administrator asks for another attempt now, whatever happened before; a sent one stays sent, and one being
     * sent is left to its sender. Whether it is now due.
     */
    boolean retryAt(Instant now) {
        if (status == NotificationStatus.SENT || (claimedUntil != null && claimedUntil.isAfter(now))) {
            return false;
        }
        status = NotificationStatus.PENDING;
        nextAttemptAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    /** The partner concerned; null for a notification to the platform's staff. */
    public Long partnerId() {
        return partnerId;
    }

    public String topic() {
        return topic;
    }

    public List<String> recipients() {
        return Arrays.asList(recipients.split(","));
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public NotificationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
