package fr.imprimfip.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.ServiceEnvironment;

/** An administration that holds a convention with the service, known to the API by its OAuth client id. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, length = 100)
    private String clientId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 14)
    private String siret;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PartnerStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "calls_per_minute")
    private Integer callsPerMinute;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_ip_range", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "cidr", length = 50, nullable = false)
    private Set<String> ipRanges = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_habilitation", joinColumns = @JoinColumn(name = "partner_id"))
    private Set<Habilitation> habilitations = new LinkedHashSet<>();

    @Embedded
    private SecurityAttestation attestation;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "legal_hold_since")
    private Instant legalHoldSince;

    @Version
    private long version;

    protected Partner() {
    }

    public Partner(String clientId, String name, String siret, Instant createdAt) {
        this.clientId = Objects.requireNonNull(clientId);
        this.name = Objects.requireNonNull(name);
        if (siret == null || !siret.matches("\\d{14}")) {
            throw new InvalidInputException("A SIRET has 14 digits");
        }
        this.siret = siret;
        this.status = PartnerStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public boolean mayUseService() {
        return status.mayUseService();
    }

    /** Production and sandbox access are suspended, for {@code reason}, until the partner is resumed. */
    public void suspend(String reason, Instant at) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("Une suspension se motive (500 caractères au plus).");
        }
        if (status != PartnerStatus.ACTIVE && status != PartnerStatus.SUSPENDED) {
            throw new InvalidInputException("Seul un partenaire actif peut être suspendu (statut : " + status + ").");
        }
        changeStatus(PartnerStatus.SUSPENDED, reason, at);
    }

    /** A suspended partner may call again. */
    public void resume(String reason, Instant at) {
        if (status != PartnerStatus.SUSPENDED) {
            throw new InvalidInputException("Le partenaire n'est pas suspendu (statut : " + status + ").");
        }
        changeStatus(PartnerStatus.ACTIVE, reason, at);
    }

    /**
     * Cut off at once after a security incident, for {@code reason}; its logs and data are put on legal hold from
     * now, and stay so until the hold is released, whatever becomes of the isolation.
     */
    public void isolate(String reason, Instant at) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("Un isolement se motive (500 caractères au plus).");
        }
        if (status == PartnerStatus.TERMINATED) {
            throw new InvalidInputException("La convention du partenaire a pris fin.");
        }
        changeStatus(PartnerStatus.ISOLATED, reason, at);
        if (legalHoldSince == null) {
            legalHoldSince = at;
        }
    }

    /** The incident handled, an isolated partner may call again; its legal hold stays. */
    public void endIsolation(String reason, Instant at) {
        if (status != PartnerStatus.ISOLATED) {
            throw new InvalidInputException("Le partenaire n'est pas isolé (statut : " + status + ").");
        }
        changeStatus(PartnerStatus.ACTIVE, reason, at);
    }

    /** The legal hold on the partner's logs and data is released (investigation over). */
    public void releaseLegalHold() {
        if (status == PartnerStatus.ISOLATED) {
            throw new InvalidInputException("Un partenaire isolé reste sous conservation légale.");
        }
        legalHoldSince = null;
    }

    /** Since when the partner's logs and data are kept whatever their retention, if they are. */
    public Optional<Instant> legalHoldSince() {
        return Optional.ofNullable(legalHoldSince);
    }

    private void changeStatus(PartnerStatus newStatus, String reason, Instant at) {
        this.status = newStatus;
        this.statusReason = reason;
        this.statusChangedAt = Objects.requireNonNull(at);
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    /** The partner's own call quota, when its convention sets one; the service's default applies otherwise. */
    public OptionalInt callsPerMinute() {
        return callsPerMinute == null ? OptionalInt.empty() : OptionalInt.of(callsPerMinute);
    }

    /** The convention sets the partner's own quota (1 to 100,000 calls a minute), or none to use the default. */
    public void changeCallQuota(Integer perMinute) {
        if (perMinute != null && (perMinute < 1 || perMinute > 100_000)) {
            throw new InvalidInputException("Un quota va de 1 à 100 000 appels par minute.");
        }
        this.callsPerMinute = perMinute;
    }

    /** The habilitation in force for {@code environment} on {@code day}, if any. */
    public Optional<Habilitation> habilitation(ServiceEnvironment environment, LocalDate day) {
        return habilitations.stream().filter(h -> h.environment() == environment && h.inForceOn(day)).findFirst();
    }

    /** Whether the security attestation covers {@code day}. */
    public boolean attestedOn(LocalDate day) {
        return attestation != null && attestation.covers(day);
    }

    /** A habilitation for an environment is granted or renewed; it replaces the previous one for that environment. */
    public void grantHabilitation(Habilitation habilitation) {
        habilitations.removeIf(h -> h.environment() == habilitation.environment());
        habilitations.add(habilitation);
    }

    /** A security attestation was received; it replaces the previous one. */
    public void attestSecurity(SecurityAttestation received) {
        this.attestation = Objects.requireNonNull(received);
    }

    public Optional<SecurityAttestation> attestation() {
        return Optional.ofNullable(attestation);
    }

    public List<Habilitation> habilitations() {
        return List.copyOf(habilitations);
    }

    public LocalDate attestationValidUntil() {
        return attestation == null ? null : attestation.validUntil();
    }

    /** Whether the partner declared the address {@code ip} calls come from (no declared range: none is). */
    public boolean acceptsCallsFrom(String ip) {
        return ip != null && ipRanges.stream().map(IpRange::parse).anyMatch(range -> range.contains(ip));
    }

    /** The convention declares the address ranges the partner calls from (CIDR); they replace the previous ones. */
    public void declareIpRanges(List<String> ranges) {
        List<String> checked = ranges.stream().map(IpRange::parse).map(IpRange::toString).distinct().toList();
        if (checked.size() > 50) {
            throw new InvalidInputException("50 plages d'adresses au plus.");
        }
        ipRanges.clear();
        ipRanges.addAll(checked);
    }

    public List<String> ipRanges() {
        return ipRanges.stream().sorted().toList();
    }

    public Long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public String siret() {
        return siret;
    }

    public PartnerStatus status() {
        return status;
    }
}
