package fr.imprimfip.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A security incident, from its immediate response to its closure. Phases only move forward; a personal-data breach
 * must be notified to the supervisory authority within 48 hours of its detection, and an incident closes only on a
 * verification note (and, for a breach, once its notification is recorded).
 */
@Entity
@Table(name = "security_incident")
public class SecurityIncident {

    /** The time the GDPR (art. 33) gives to notify a personal-data breach to the supervisory authority. */
    public static final Duration BREACH_NOTIFICATION_DELAY = Duration.ofHours(48);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private IncidentPhase phase;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "personal_data_breach", nullable = false)
    private boolean personalDataBreach;

    @Column(name = "breach_notified_at")
    private Instant breachNotifiedAt;

    @Column(name = "verification_note", length = 2000)
    private String verificationNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "security_incident_partner", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "partner_id", nullable = false)
    private Set<Long> partnerIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "security_incident_step", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderBy("at")
    private List<IncidentStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected SecurityIncident() {
    }

    /** An incident detected at {@code detectedAt}, opened now by {@code by}, in its immediate-response phase. */
    public SecurityIncident(String summary, Instant detectedAt, boolean personalDataBreach, Set<Long> partnerIds,
                            Instant now, String by) {
        if (summary == null || summary.isBlank() || summary.length() > 1000) {
            throw new InvalidInputException("Un incident se résume (1 000 caractères au plus).",
                    "An incident needs a summary (1,000 characters at most).");
        }
        if (detectedAt == null || detectedAt.isAfter(now)) {
            throw new InvalidInputException("La date de détection est passée ou présente.",
                    "The detection date is in the past or now.");
        }
        this.summary = summary.strip();
        this.detectedAt = detectedAt;
        this.personalDataBreach = personalDataBreach;
        this.partnerIds.addAll(partnerIds);
        this.openedAt = Objects.requireNonNull(now);
        this.openedBy = Objects.requireNonNull(by);
        this.phase = IncidentPhase.IMMEDIATE_RESPONSE;
        this.steps.add(new IncidentStep(now, phase, "Incident ouvert : " + this.summary, by));
    }

    /** The incident moves on to {@code next} (investigation, then treatment), with what was done or found. */
    public void enter(IncidentPhase next, String note, Instant at, String by) {
        if (next == IncidentPhase.CLOSED) {
            throw new IncidentRefusedException("Un incident se clôt avec une note de vérification.",
                    "An incident is closed with a verification note.");
        }
        if (next.ordinal() <= phase.ordinal()) {
            throw new IncidentRefusedException("L'incident est déjà en phase " + phase + " : les phases ne reviennent"
                    + " pas en arrière.",
                    "The incident is already in phase " + phase + ": phases do not go back.");
        }
        steps.add(new IncidentStep(at, next, note, by));
        phase = next;
    }

    /** The breach was notified to the supervisory authority at {@code at}. */
    public void recordBreachNotification(Instant at, Instant now, String by) {
        if (!personalDataBreach) {
            throw new IncidentRefusedException("Cet incident n'est pas une violation de données personnelles.",
                    "This incident is not a personal data breach.");
        }
        if (at == null || at.isBefore(detectedAt) || at.isAfter(now)) {
            throw new InvalidInputException("La notification date d'entre la détection et maintenant.",
                    "The notification date lies between the detection and now.");
        }
        breachNotifiedAt = at;
        steps.add(new IncidentStep(now, phase, "Violation notifiée à l'autorité de contrôle le " + at, by));
    }

    /** Closes the incident on what was verified; a breach must have been notified first. */
    public void close(String note, Instant at, String by) {
        if (phase == IncidentPhase.CLOSED) {
            throw new IncidentRefusedException("L'incident est déjà clos.",
                    "The incident is already closed.");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("Un incident se clôt avec une note de vérification.",
                    "An incident is closed with a verification note.");
        }
        if (personalDataBreach && breachNotifiedAt == null) {
            throw new IncidentRefusedException("La notification de la violation à l'autorité de contrôle n'est pas"
                    + " enregistrée.",
                    "The notification of the breach to the supervisory authority is not recorded.");
        }
        steps.add(new IncidentStep(at, IncidentPhase.CLOSED, note, by));
        verificationNote = note.strip();
        closedAt = at;
        phase = IncidentPhase.CLOSED;
    }

    /** When a breach must be notified at the latest; empty for an incident that is no breach. */
    public Optional<Instant> breachNotificationDue() {
        return personalDataBreach ? Optional.of(detectedAt.plus(BREACH_NOTIFICATION_DELAY)) : Optional.empty();
    }

    /** Whether a breach is still not notified past its deadline at {@code now}. */
    public boolean breachNotificationOverdue(Instant now) {
        return personalDataBreach && breachNotifiedAt == null && now.isAfter(breachNotificationDue().orElseThrow());
    }

    public String reference() {
        return String.format("INC-%05d", id);
    }

    public static long idOf(String reference) {
        if (reference == null || !reference.matches("INC-\\d{5,}")) {
            throw new IncidentNotFoundException(String.valueOf(reference));
        }
        return Long.parseLong(reference.substring(4));
    }

    public Long id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    public IncidentPhase phase() {
        return phase;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public boolean personalDataBreach() {
        return personalDataBreach;
    }

    public Instant breachNotifiedAt() {
        return breachNotifiedAt;
    }

    public String verificationNote() {
        return verificationNote;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Set<Long> partnerIds() {
        return Set.copyOf(partnerIds);
    }

    public List<IncidentStep> steps() {
        return List.copyOf(steps);
    }
}
