package fr.imprimfip.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.imprimfip.shared.InvalidInputException;

/** A maintenance window an administrator announced: partner calls are refused while it is open. */
@Entity
@Table(name = "maintenance_window")
public class MaintenanceWindow {

    static final Duration MAX_LENGTH = Duration.ofHours(24);

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

    @Version
    private long version;

    protected MaintenanceWindow() {
    }

    /** A window from {@code startsAt} to {@code endsAt}, at most 24 hours, not over already. */
    public static MaintenanceWindow announce(Instant startsAt, Instant endsAt, String reason, String announcedBy,
                                             Instant now) {
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
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("Le motif de la maintenance est obligatoire (500 caractères au plus).",
                    "The reason for the maintenance is required (500 characters at most).");
        }
        MaintenanceWindow window = new MaintenanceWindow();
        window.startsAt = startsAt;
        window.endsAt = endsAt;
        window.reason = reason.strip();
        window.announcedBy = Objects.requireNonNull(announcedBy);
        window.announcedAt = now;
        return window;
    }

    /** The window will not happen, or ends now if it is open. */
    public void cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
        }
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
}
