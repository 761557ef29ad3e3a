package fr.imprimfip.lre;

import java.time.Instant;
import java.time.LocalDate;
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

import fr.imprimfip.shared.StatusMessage;

/**
 * One electronic registered letter (one LRE document of a production deposit) in its electronic delivery: taken,
 * notified (which sets its deadline and reminder), then accepted, refused, neglected after the deadline, or
 * undeliverable when its notification cannot reach the recipient. It holds the current one-time code's hash, its
 * validity and attempts left, and the per-day counts of codes and new links the recipient asked for.
 */
@NamedQuery(name = "ElectronicLetter.ofDocument", query = "select l from ElectronicLetter l"
        + " where l.depositId = :deposit and l.position = :position")
@NamedQuery(name = "ElectronicLetter.ofDeposit", query = "select l from ElectronicLetter l"
        + " where l.depositId = :deposit order by l.position")
@NamedQuery(name = "ElectronicLetter.inState", query = "select l from ElectronicLetter l where l.state = :state"
        + " order by l.takenAt desc, l.id desc")
@NamedQuery(name = "ElectronicLetter.pastDeadline", query = "select l.id from ElectronicLetter l"
        + " where l.state = :notified and l.deadlineAt <= :now order by l.deadlineAt, l.id")
@NamedQuery(name = "ElectronicLetter.reminderDue", query = "select l.id from ElectronicLetter l"
        + " where l.state = :notified and l.remindedAt is null and l.reminderAt <= :now and l.deadlineAt > :now"
        + " order by l.reminderAt, l.id")
@NamedQuery(name = "ElectronicLetter.depositsToTake", query = "select dep.id from Deposit dep"
        + " where dep.environment = :production and dep.sendingType = :lre"
        + " and dep.rightsRestrictedAt is null and exists (select 1 from DepositedDocument doc where doc.deposit = dep and doc.status = :pending)"
        + " order by dep.id")
@Entity
@Table(name = "lre_letter")
public class ElectronicLetter {

    static final int MAX_FAILURE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deposit_id", nullable = false)
    private long depositId;

    @Column(name = "document_position", nullable = false)
    private int position;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private LetterState state;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "reminder_at")
    private Instant reminderAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(length = MAX_FAILURE)
    private String failure;

    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;

    @Column(name = "code_attempts_left", nullable = false)
    private int codeAttemptsLeft;

    @Column(name = "codes_day", length = 10)
    private String codesDay;

    @Column(name = "codes_that_day", nullable = false)
    private int codesThatDay;

    @Column(name = "links_day", length = 10)
    private String linksDay;

    @Column(name = "links_that_day", nullable = false)
    private int linksThatDay;

    @Version
    private long version;

    protected ElectronicLetter() {
    }

    /** The LRE document at {@code position} of deposit {@code depositId} is taken for electronic delivery. */
    public static ElectronicLetter take(long depositId, int position, long partnerId, Instant now) {
        ElectronicLetter letter = new ElectronicLetter();
        letter.depositId = depositId;
        letter.position = position;
        letter.partnerId = partnerId;
        letter.state = LetterState.TAKEN;
        letter.takenAt = Objects.requireNonNull(now);
        return letter;
    }

    /**
     * The relay accepted the notification composed at {@code at}: the deadline runs from then. Returns false when
     * the letter was already notified or is no longer waiting for its notification (nothing changes).
     */
    public boolean notified(Instant at, LreTerms terms) {
        if (state != LetterState.TAKEN) {
            return false;
        }
        state = LetterState.NOTIFIED;
        notifiedAt = at;
        deadlineAt = terms.deadline(at);
        reminderAt = terms.reminder(deadlineAt);
        return true;
    }

    /**
     * The notification cannot reach the recipient (refused by the relay, or bounced later). Returns false when the
     * recipient already decided or the letter already ended otherwise (nothing changes then).
     */
    public boolean undeliverable(Instant at, String why) {
        if (state.isFinal()) {
            return false;
        }
        state = LetterState.UNDELIVERABLE;
        failedAt = at;
        failure = StatusMessage.fit(why);
        if (failure != null && failure.length() > MAX_FAILURE) {
            failure = failure.substring(0, MAX_FAILURE);
        }
        clearCode();
        return true;
    }

    /** The reminder is sent now if it is due: notified, no decision, past the reminder time, before the deadline. */
    public boolean remindIfDue(Instant now) {
        if (state != LetterState.NOTIFIED || remindedAt != null || now.isBefore(reminderAt)
                || !now.isBefore(deadlineAt)) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    /** The recipient asks for a one-time code; refused once {@link LreTerms#CODES_PER_DAY} were sent today. */
    public void requestCode(Instant now) {
        requireAwaitingOrAccepted();
        String today = day(now);
        if (!today.equals(codesDay)) {
            codesDay = today;
            codesThatDay = 0;
        }
        if (codesThatDay >= LreTerms.CODES_PER_DAY) {
            throw CodeRefusedException.limitReached();
        }
        codesThatDay++;
    }

    /** A new code was composed for the recipient: the previous one is void, this one is valid 10 minutes. */
    public void codeIssued(String hash, Instant now) {
        codeHash = Objects.requireNonNull(hash);
        codeExpiresAt = now.plus(LreTerms.CODE_VALIDITY);
        codeAttemptsLeft = LreTerms.CODE_ATTEMPTS;
    }

    /**
     * Checks a code's hash. On success the code is consumed; otherwise one attempt is spent and the refusal tells
     * how many are left (0: the code is void, a new one must be asked).
     */
    public void checkCode(String hash, Instant now) {
        if (codeHash == null || codeAttemptsLeft <= 0 || !now.isBefore(codeExpiresAt)) {
            clearCode();
            throw CodeRefusedException.wrong(0);
        }
        if (LreSecrets.same(codeHash, hash)) {
            clearCode();
            return;
        }
        codeAttemptsLeft--;
        if (codeAttemptsLeft == 0) {
            clearCode();
        }
        throw CodeRefusedException.wrong(codeAttemptsLeft);
    }

    /** The recipient asks for a new link; false once {@link LreTerms#NEW_LINKS_PER_DAY} were sent today. */
    public boolean requestNewLink(Instant now) {
        String today = day(now);
        if (!today.equals(linksDay)) {
            linksDay = today;
            linksThatDay = 0;
        }
        if (linksThatDay >= LreTerms.NEW_LINKS_PER_DAY) {
            return false;
        }
        linksThatDay++;
        return true;
    }

    /** The recipient accepts the letter: once, before the deadline. */
    public void accept(Instant now) {
        decide(now);
        state = LetterState.ACCEPTED;
    }

    /** The recipient refuses the letter: once, before the deadline. */
    public void refuse(Instant now) {
        decide(now);
        state = LetterState.REFUSED;
    }

    /** The deadline passed without a decision; false when it has not, or the letter is not awaiting a decision. */
    public boolean neglectIfPastDeadline(Instant now) {
        if (state != LetterState.NOTIFIED || now.isBefore(deadlineAt)) {
            return false;
        }
        state = LetterState.NEGLECTED;
        decidedAt = deadlineAt;
        clearCode();
        return true;
    }

    /** Whether the recipient may still decide at {@code now}. */
    public boolean awaitingDecision(Instant now) {
        return state == LetterState.NOTIFIED && now.isBefore(deadlineAt);
    }

    private void decide(Instant now) {
        if (state == LetterState.ACCEPTED || state == LetterState.REFUSED) {
            throw new DecisionRefusedException(DecisionRefusedException.Reason.ALREADY_DECIDED);
        }
        if (!awaitingDecision(now)) {
            throw new DecisionRefusedException(DecisionRefusedException.Reason.DEADLINE_PASSED);
        }
        decidedAt = now;
        clearCode();
    }

    private void requireAwaitingOrAccepted() {
        if (state != LetterState.NOTIFIED && state != LetterState.ACCEPTED) {
            throw new LinkRefusedException(LinkRefusedException.Reason.EXPIRED);
        }
    }

    private void clearCode() {
        codeHash = null;
        codeExpiresAt = null;
        codeAttemptsLeft = 0;
    }

    private static String day(Instant now) {
        return LocalDate.ofInstant(now, LreTerms.PARIS).toString();
    }

    /** The recipient's side of the state. */
    public RecipientLetterView.State recipientState() {
        return switch (state) {
            case ACCEPTED -> RecipientLetterView.State.ACCEPTED;
            case REFUSED -> RecipientLetterView.State.REFUSED;
            case NEGLECTED -> RecipientLetterView.State.NEGLECTED;
            default -> RecipientLetterView.State.AWAITING_DECISION;
        };
    }

    public Long id() {
        return id;
    }

    public long depositId() {
        return depositId;
    }

    public int position() {
        return position;
    }

    public long partnerId() {
        return partnerId;
    }

    public LetterState state() {
        return state;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public Instant reminderAt() {
        return reminderAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public String failure() {
        return failure;
    }

    /** Attempts left on the current code (0 when there is none). */
    public int codeAttemptsLeft() {
        return codeAttemptsLeft;
    }
}
