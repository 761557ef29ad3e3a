package fr.imprimfip.lre;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.notification.PlainTextMail;

/**
 * One e-mail to an electronic registered letter's recipient, kept until sent (the LRE outbox). It holds no address
 * and no text: both are composed at send time from the deposit's sealed recipient, so no personal data rests here.
 * Retried with the notification outbox's back-off ({@link PlainTextMail}), abandoned after its last attempt
 * or at once when the relay refuses the recipient for good.
 */
@NamedQuery(name = "LreMessage.due", query = "select m.id from LreMessage m where m.state = :pending"
        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = "LreMessage.claim", query = "update LreMessage m set m.claimedUntil = :until,"
        + " m.nextAttemptAt = :until, m.version = m.version + 1 where m.id = :id and m.state = :pending"
        + " and m.nextAttemptAt <= :now")
@NamedQuery(name = "LreMessage.ofLetter", query = "select m from LreMessage m where m.letterId = :letter"
        + " order by m.createdAt, m.id")
@Entity
@Table(name = "lre_message")
public class LreMessage {

    /** Where a message stands. */
    public enum State { PENDING, SENT, ABANDONED }

    static final int MAX_ATTEMPTS = PlainTextMail.MAX_ATTEMPTS;
    private static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "letter_id", nullable = false)
    private long letterId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected LreMessage() {
    }

    LreMessage(long letterId, MessageKind kind, Instant now) {
        this.letterId = letterId;
        this.kind = Objects.requireNonNull(kind);
        this.state = State.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant at) {
        attempts++;
        state = State.SENT;
        sentAt = at;
        nextAttemptAt = null;
        claimedUntil = null;
        lastError = null;
    }

    /**
     * A failed attempt: retried later with back-off, or abandoned when {@code permanent} or after the last attempt.
     * Returns whether the message is abandoned.
     */
    boolean failed(String error, boolean permanent, Instant at) {
        attempts++;
        lastError = error == null ? "?" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        claimedUntil = null;
        if (permanent || attempts >= MAX_ATTEMPTS) {
            state = State.ABANDONED;
            nextAttemptAt = null;
            return true;
        }
        nextAttemptAt = PlainTextMail.nextAttempt(attempts, at);
        return false;
    }

    /** The letter ended before this message could go (say its notification bounced): it is not sent. */
    void drop(String why) {
        state = State.ABANDONED;
        nextAttemptAt = null;
        claimedUntil = null;
        lastError = why;
    }

    public Long id() {
        return id;
    }

    public long letterId() {
        return letterId;
    }

    public MessageKind kind() {
        return kind;
    }

    public State state() {
        return state;
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
