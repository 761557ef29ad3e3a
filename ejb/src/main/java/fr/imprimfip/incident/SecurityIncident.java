package fr.imprimfip.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A security incident, from its immediate response to its closure. Phases only move forward. The platform is the
 * processor: a personal-data breach is notified to each partner concerned (the controller) within 48 hours of its
 * detection (annex clause 10.1.1), in stages if need be (10.1.3); an incident closes only on a verification note (and,
 * for a breach, once every partner concerned was sent its notice).
 */
@Entity
@Table(name = "security_incident")
public class SecurityIncident {

    /** The time the convention (annex clause 10.1.1) gives the platform to notify a breach to the partners. */
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

    @Column(name = "breach_overdue_alerted_at")
    private Instant breachOverdueAlertedAt;

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

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<BreachNotice> notices = new ArrayList<>();

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

    /**
     * Writes the next stage of the breach's notice to the partner {@code partnerId} ({@code partner} names it in the
     * steps): what is known now, the scope the platform's data gives, the contact point. Refused for an incident that
     * is no breach, is closed, does not concern that partner, or whose notice to it is already complete.
     */
    public BreachNotice notifyBreach(long partnerId, String partner, BreachNoticeText text, BreachScope scope,
                                     String contactPoint, Instant now, String by) {
        if (!personalDataBreach) {
            throw new IncidentRefusedException("Cet incident n'est pas une violation de données personnelles.",
                    "This incident is not a personal data breach.");
        }
        if (phase == IncidentPhase.CLOSED) {
            throw new IncidentRefusedException("L'incident est clos.", "The incident is closed.");
        }
        if (!partnerIds.contains(partnerId)) {
            throw new IncidentRefusedException("L'incident ne concerne pas le partenaire " + partner + ".",
                    "The incident does not concern the partner " + partner + ".");
        }
        List<BreachNotice> previous = noticesTo(partnerId);
        if (!previous.isEmpty() && previous.get(previous.size() - 1).finalStage()) {
            throw new IncidentRefusedException("La notification au partenaire " + partner + " est complète.",
                    "The notice to the partner " + partner + " is complete.");
        }
        BreachNotice notice = new BreachNotice(this, partnerId, previous.size() + 1, text, scope, contactPoint, now,
                by);
        notices.add(notice);
        steps.add(new IncidentStep(now, phase, "Violation notifiée au partenaire " + partner + " (étape "
                + notice.stage() + (text.finalStage() ? ", dernière" : "") + ")", by));
        return notice;
    }

    /** The stages of the notice to the partner {@code partnerId}, in order. */
    public List<BreachNotice> noticesTo(long partnerId) {
        return notices.stream().filter(notice -> notice.partnerId() == partnerId).toList();
    }

    /** Every stage of every notice, in the order they were written. */
    public List<BreachNotice> notices() {
        return List.copyOf(notices);
    }

    /** When the partner {@code partnerId} was first sent a notice of the breach. */
    public Optional<Instant> noticeSentAt(long partnerId) {
        return noticesTo(partnerId).stream().map(BreachNotice::sentAt).filter(Objects::nonNull).min(Instant::compareTo);
    }

    /** Where the notice to the partner {@code partnerId} stands against the deadline at {@code now}. */
    public Optional<NoticeDeadline> noticeDeadline(long partnerId, Instant now) {
        Optional<Instant> due = breachNotificationDue();
        if (due.isEmpty() || !partnerIds.contains(partnerId)) {
            return Optional.empty();
        }
        Optional<Instant> sent = noticeSentAt(partnerId);
        if (sent.isPresent()) {
            return Optional.of(sent.get().isAfter(due.get()) ? NoticeDeadline.MISSED : NoticeDeadline.MET);
        }
        return Optional.of(now.isAfter(due.get()) ? NoticeDeadline.OVERDUE : NoticeDeadline.RUNNING);
    }

    /** Once every partner concerned was sent its notice, when the last of them was; empty before. */
    public Instant breachNotifiedAt() {
        if (!personalDataBreach) {
            return null;
        }
        List<Optional<Instant>> sent = partnerIds.stream().map(this::noticeSentAt).toList();
        return sent.stream().allMatch(Optional::isPresent)
                ? sent.stream().map(Optional::get).max(Instant::compareTo).orElse(null) : null;
    }

    /**
     * Whether the on-call administrators must now be alerted that a partner's notice is overdue (once per incident);
     * recorded as done.
     */
    public boolean overdueAlertDue(Instant now) {
        if (breachOverdueAlertedAt != null || phase == IncidentPhase.CLOSED || !breachNotificationOverdue(now)) {
            return false;
        }
        breachOverdueAlertedAt = now;
        return true;
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
        if (personalDataBreach && partnerIds.stream().anyMatch(partner -> noticeSentAt(partner).isEmpty())) {
            throw new IncidentRefusedException("La violation n'a pas encore été notifiée à chaque partenaire concerné"
                    + " (notification envoyée).",
                    "The breach has not yet been notified to every partner concerned (notice sent).");
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

    /** Whether some partner concerned by a breach is still not sent its notice past the deadline at {@code now}. */
    public boolean breachNotificationOverdue(Instant now) {
        return partnerIds.stream().map(partner -> noticeDeadline(partner, now))
                .anyMatch(deadline -> deadline.orElse(null) == NoticeDeadline.OVERDUE);
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
