package fr.imprimfip.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A maintenance window (or a change of the service) an administrator announced: partner calls are refused while it
 * is open. It is announced with the notice its urgency requires, or with an administrator's written justification
 * for a shorter one; partners are reminded of it once, 24 hours before it starts, when it was announced earlier
 * than that.
 */
@Entity
@Table(name = "maintenance_window")
public class MaintenanceWindow {

    static final Duration MAX_LENGTH = Duration.ofHours(24);
    /** Partners are reminded of a window this long before it starts. */
    static final Duration REMINDER_AHEAD = Duration.ofHours(24);
    static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "announced_by", nullable = false, length = 100)
    private String announcedBy;

    @Column(name = "announced_at", nullable = false)
    private Instant announcedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MaintenanceKind kind = MaintenanceKind.MAINTENANCE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MaintenanceUrgency urgency = MaintenanceUrgency.NOMINAL;

    @Column(name = "short_notice_justification", length = MAX_TEXT)
    private String shortNoticeJustification;

    @Column(name = "reminder_due_at")
    private Instant reminderDueAt;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Version
    private long version;

    protected MaintenanceWindow() {
    }

    /**
     * A window from {@code startsAt} to {@code endsAt}, at most 24 hours, not over already, announced with the notice
     * its urgency requires; a shorter notice needs {@code shortNoticeJustification}, kept with the window (and
     * ignored when the notice is long enough).
     *
     * @throws NoticeTooShortException when the notice is too short and nobody justified it
     */
    public static MaintenanceWindow announce(Instant startsAt, Instant endsAt, String reason, MaintenanceKind kind,
                                             MaintenanceUrgency urgency, String shortNoticeJustification,
                                             String announcedBy, Instant now) {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt) || !endsAt.isAfter(now)) {
            throw new InvalidInputException("Une fenêtre de maintenance finit après son début et dans le futur.",
                    "A maintenance window ends after it starts, and in the future.");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw new InvalidInputException("Une fenêtre de maintenance dure au plus 24 heures.",
                    "A maintenance window lasts 24 hours at most.");
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_TEXT) {
            throw new InvalidInputException("Le motif de la maintenance est obligatoire (500 caractères au plus).",
                    "The reason for the maintenance is required (500 characters at most).");
        }
        MaintenanceUrgency due = urgency == null ? MaintenanceUrgency.NOMINAL : urgency;
        String justification = null;
        if (!due.noticeGiven(now, startsAt)) {
            if (shortNoticeJustification == null || shortNoticeJustification.isBlank()) {
                throw new NoticeTooShortException(due, due.earliestStartDay(now)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            }
            if (shortNoticeJustification.length() > MAX_TEXT) {
                throw new InvalidInputException("La justification du préavis réduit fait 500 caractères au plus.",
                        "The justification of a shorter notice is 500 characters at most.");
            }
            justification = shortNoticeJustification.strip();
        }
        MaintenanceWindow window = new MaintenanceWindow();
        window.startsAt = startsAt;
        window.endsAt = endsAt;
        window.reason = reason.strip();
        window.kind = kind == null ? MaintenanceKind.MAINTENANCE : kind;
        window.urgency = due;
        window.shortNoticeJustification = justification;
        window.announcedBy = Objects.requireNonNull(announcedBy);
        window.announcedAt = now;
        Instant reminder = startsAt.minus(REMINDER_AHEAD);
        window.reminderDueAt = reminder.isAfter(now) ? reminder : null;
        return window;
    }

    /** Whether the partners' reminder is due at {@code now}: not sent, window neither cancelled nor started. */
    public boolean reminderDueAt(Instant now) {
        return reminderDueAt != null && reminderSentAt == null && cancelledAt == null && !now.isBefore(reminderDueAt)
                && now.isBefore(startsAt);
    }

    /** The reminder went out at {@code now}. */
    public void remindedAt(Instant now) {
        reminderSentAt = now;
    }

    /** The window will not happen, or ends now if it is open; whether it was still in force. */
    public boolean cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
            return true;
        }
        return false;
    }

    public boolean covers(Instant instant) {
        return cancelledAt == null && !instant.isBefore(startsAt) && instant.isBefore(endsAt);
    }

    public Long id() {
        return id;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String reason() {
        return reason;
    }

    public String announcedBy() {
        return announcedBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Instant announcedAt() {
        return announcedAt;
    }

    public MaintenanceKind kind() {
        return kind;
    }

    public MaintenanceUrgency urgency() {
        return urgency;
    }

    /** Why an administrator announced it with less notice than its urgency requires; null when the notice was due. */
    public String shortNoticeJustification() {
        return shortNoticeJustification;
    }

    public Instant reminderDueAt() {
        return reminderDueAt;
    }

    public Instant reminderSentAt() {
        return reminderSentAt;
    }
}
