package fr.imprimfip.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * A partner's endpoint for one environment: its URL, the event types it wants, its signing secret (sealed; the
 * previous one too, until a rotation's overlap ends) and where it stands. A subscription failing without a single
 * success for too long is disabled; its partner resumes it once the endpoint is repaired.
 */
@NamedQuery(name = "WebhookSubscription.ofPartner", query = "select s from WebhookSubscription s"
        + " where s.partnerId = :partner and s.environment = :environment and s.status <> :deleted order by s.id")
@NamedQuery(name = "WebhookSubscription.byPublicId", query = "select s from WebhookSubscription s"
        + " where s.publicId = :id and s.partnerId = :partner and s.environment = :environment"
        + " and s.status <> :deleted")
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    /** Where a subscription stands. */
    public enum Status {
        /** Receives the events it subscribed to. */
        ACTIVE,
        /** Paused by its partner: no event is queued for it meanwhile (a replay sends what it missed). */
        PAUSED,
        /** Failed for too long: its queued deliveries wait until its partner resumes it. */
        DISABLED,
        DELETED
    }

    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 300;
    static final int MAX_TYPES = 300;
    static final int MAX_SEALED = 600;
    static final int MAX_OVERLAP_HOURS = 72;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 29, unique = true)
    private String publicId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ServiceEnvironment environment;

    @Column(nullable = false, length = MAX_URL)
    private String url;

    @Column(name = "event_types", nullable = false, length = MAX_TYPES)
    private String eventTypes;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "sealed_secret", nullable = false, length = MAX_SEALED)
    private String sealedSecret;

    @Column(name = "sealed_previous_secret", length = MAX_SEALED)
    private String sealedPreviousSecret;

    @Column(name = "previous_secret_expires_at")
    private Instant previousSecretExpiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Version
    private long version;

    protected WebhookSubscription() {
    }

    WebhookSubscription(long partnerId, ServiceEnvironment environment, String url, Set<WebhookEventType> types,
                        String description, String sealedSecret, Instant now) {
        this.publicId = WebhookIds.subscription(now);
        this.partnerId = partnerId;
        this.environment = Objects.requireNonNull(environment);
        this.url = Objects.requireNonNull(url);
        if (url.length() > MAX_URL) {
            throw new InvalidInputException("L'URL dépasse " + MAX_URL + " caractères.",
                    "The URL is longer than " + MAX_URL + " characters.");
        }
        this.eventTypes = typesText(types);
        this.description = description(description);
        this.status = Status.ACTIVE;
        this.sealedSecret = sealed(sealedSecret);
        this.createdAt = now;
    }

    /** The event types, checked: at least one, each known and subscribable (not the ping). */
    static Set<WebhookEventType> types(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("Indiquez au moins un type d'événement (eventTypes).",
                    "Give at least one event type (eventTypes).");
        }
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String name : names) {
            WebhookEventType type = WebhookEventType.ofWire(name).filter(t -> t != WebhookEventType.PING)
                    .orElseThrow(() -> new InvalidInputException("Type d'événement inconnu : « " + name + " ».",
                            "Unknown event type: \"" + name + "\"."));
            types.add(type);
        }
        return types;
    }

    private static String typesText(Set<WebhookEventType> types) {
        return types.stream().map(WebhookEventType::wire).sorted().collect(Collectors.joining(","));
    }

    private static String description(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("La description dépasse " + MAX_DESCRIPTION + " caractères.",
                    "The description is longer than " + MAX_DESCRIPTION + " characters.");
        }
        return text.strip();
    }

    private static String sealed(String sealed) {
        if (sealed.length() > MAX_SEALED) {
            throw new IllegalStateException("Sealed secret longer than its column");
        }
        return sealed;
    }

    /** Whether an event of this type is queued for the subscription now. */
    boolean wants(WebhookEventType type) {
        return status == Status.ACTIVE && eventTypes().contains(type);
    }

    void pause() {
        requireNotDeleted();
        if (status == Status.ACTIVE) {
            status = Status.PAUSED;
        }
    }

    /** Active again (after a pause, or a disabling once the endpoint is repaired), its failures forgotten. */
    void resume() {
        requireNotDeleted();
        status = Status.ACTIVE;
        failingSince = null;
        disabledAt = null;
    }

    void delete() {
        status = Status.DELETED;
    }

    /** A new secret; the current one stays valid for {@code overlap} (signatures carry both meanwhile). */
    void rotate(String sealedNew, Duration overlap, Instant now) {
        requireNotDeleted();
        if (overlap.isNegative() || overlap.compareTo(Duration.ofHours(MAX_OVERLAP_HOURS)) > 0) {
            throw new InvalidInputException("La période de recouvrement va de 0 à " + MAX_OVERLAP_HOURS + " heures.",
                    "The overlap is from 0 to " + MAX_OVERLAP_HOURS + " hours.");
        }
        if (overlap.isZero()) {
            sealedPreviousSecret = null;
            previousSecretExpiresAt = null;
        } else {
            sealedPreviousSecret = sealedSecret;
            previousSecretExpiresAt = now.plus(overlap);
        }
        sealedSecret = sealed(sealedNew);
    }

    /** The sealed secrets a delivery at {@code now} is signed with: the current one, and the previous one if valid. */
    List<String> sealedSecrets(Instant now) {
        return sealedPreviousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)
                ? List.of(sealedSecret, sealedPreviousSecret) : List.of(sealedSecret);
    }

    /** A delivery succeeded: the endpoint works. */
    void succeeded() {
        failingSince = null;
    }

    /**
     * A delivery failed at {@code at}; returns true when that makes the subscription disabled (it has failed since
     * longer than {@code disableAfter} without a success).
     */
    boolean failed(Instant at, Duration disableAfter) {
        if (failingSince == null) {
            failingSince = at;
        }
        if (status == Status.ACTIVE && !at.isBefore(failingSince.plus(disableAfter))) {
            status = Status.DISABLED;
            disabledAt = at;
            return true;
        }
        return false;
    }

    private void requireNotDeleted() {
        if (status == Status.DELETED) {
            throw new WebhookNotFoundException(publicId);
        }
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public long partnerId() {
        return partnerId;
    }

    public ServiceEnvironment environment() {
        return environment;
    }

    public String url() {
        return url;
    }

    public Set<WebhookEventType> eventTypes() {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(eventTypes.split(",")).map(WebhookEventType::ofWire)
                .forEach(type -> type.ifPresent(types::add));
        return types;
    }

    public String description() {
        return description;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant previousSecretExpiresAt() {
        return previousSecretExpiresAt;
    }

    public Instant failingSince() {
        return failingSince;
    }

    public Instant disabledAt() {
        return disabledAt;
    }
}
