package fr.imprimfip.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * An administration that holds a convention with the service, known to administrators by its identifier (also the
 * client id of its first production credential) and to the API by its credentials' OAuth client ids.
 */
@NamedQuery(name = "Partner.byIdentifier", query = "select p from Partner p where p.clientId = :identifier")
@NamedQuery(name = "Partner.idsAfter", query = "select p.id from Partner p where p.id > :afterId order by p.id")
@NamedQuery(name = "Partner.byName", query = "select p from Partner p order by p.name, p.id")
@NamedQuery(name = "Partner.idsOnLegalHold", query = "select p.id from Partner p where p.legalHoldSince is not null")
@NamedQuery(name = "Partner.habilitationDataDue", query = "select p.id from Partner p"
        + " where p.dataDeliveryEndedOn <= :latestEnd and p.habilitationDataErasedAt is null"
        + " and p.legalHoldSince is null and p.id > :afterId order by p.id")
@Entity
@Table(name = "partner")
public class Partner {

    /** The notice between a termination's notice and its effect (CGU §14). */
    public static final Period TERMINATION_NOTICE = Period.ofMonths(2);
    /** How long habilitation data is kept after data stopped being delivered to the partner. */
    public static final Period HABILITATION_DATA_RETENTION = Period.ofYears(6);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");

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
    @Column(nullable = false, length = 30)
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

    @Embedded
    private BillingAddress billingAddress;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_contact", joinColumns = @JoinColumn(name = "partner_id"))
    private Set<PartnerContact> contacts = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_recipient_service", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "service_name", length = 200, nullable = false)
    private Set<String> recipientServices = new LinkedHashSet<>();

    @Column(name = "acceptance_recorded_on")
    private LocalDate acceptanceRecordedOn;

    @Column(name = "acceptance_note", length = 1000)
    private String acceptanceNote;

    @Column(name = "termination_notice_given_on")
    private LocalDate terminationNoticeGivenOn;

    @Column(name = "terminates_on")
    private LocalDate terminatesOn;

    @Column(name = "data_delivery_ended_on")
    private LocalDate dataDeliveryEndedOn;

    @Column(name = "habilitation_data_erased_at")
    private Instant habilitationDataErasedAt;

    @Version
    private long version;

    protected Partner() {
    }

    public Partner(String clientId, String name, String siret, Instant createdAt) {
        this.clientId = Objects.requireNonNull(clientId);
        this.name = Objects.requireNonNull(name);
        if (siret == null || !siret.matches("\\d{14}")) {
            throw new InvalidInputException("Un SIRET compte 14 chiffres.", "A SIRET has 14 digits.");
        }
        this.siret = siret;
        this.status = PartnerStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * A new partner from its DataPass subscription: its identifier ({@code [a-z0-9-]}, 3 to 60 characters), name,
     * SIRET, contacts (one per role; requester, data controller and technical contact required) and the services
     * that receive its letters' data.
     */
    public static Partner register(String identifier, String name, String siret, List<PartnerContact> contacts,
                                   List<String> recipientServices, Instant at) {
        if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
            throw new InvalidInputException("L'identifiant du partenaire compte 3 à 60 caractères parmi a-z, 0-9"
                    + " et « - ».",
                    "The partner's identifier has 3 to 60 characters among a-z, 0-9 and \"-\".");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("Le nom de l'administration est obligatoire (200 caractères au plus).",
                    "The name of the administration is required (200 characters at most).");
        }
        Partner partner = new Partner(identifier, name.strip(), siret, at);
        partner.updateContacts(contacts, recipientServices);
        return partner;
    }

    /** The contacts and recipient services of the convention change; they replace the previous ones. */
    public void updateContacts(List<PartnerContact> newContacts, List<String> services) {
        List<ContactRole> roles = newContacts.stream().map(PartnerContact::role).toList();
        if (roles.stream().distinct().count() != roles.size()) {
            throw new InvalidInputException("Un seul contact par rôle.",
                    "One contact per role only.");
        }
        List<ContactRole> missing = List.of(ContactRole.REQUESTER, ContactRole.DATA_CONTROLLER,
                        ContactRole.TECHNICAL_CONTACT).stream()
                .filter(role -> !roles.contains(role)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Contacts manquants : "
                    + missing.stream().map(ContactRole::label).collect(Collectors.joining(", ")) + ".",
                    "Missing contacts: " + missing.stream().map(ContactRole::name).collect(Collectors.joining(", "))
                    + ".");
        }
        if (services.size() > 50 || services.stream().anyMatch(s -> s == null || s.isBlank() || s.length() > 200)) {
            throw new InvalidInputException("50 services destinataires au plus, nommés en 200 caractères au plus.",
                    "50 recipient services at most, each named in 200 characters at most.");
        }
        contacts.clear();
        contacts.addAll(newContacts);
        recipientServices.clear();
        services.stream().map(String::strip).forEach(recipientServices::add);
    }

    public List<PartnerContact> contacts() {
        return contacts.stream().sorted(Comparator.comparing(PartnerContact::role)).toList();
    }

    public Optional<PartnerContact> contact(ContactRole role) {
        return contacts.stream().filter(c -> c.role() == role).findFirst();
    }

    public List<String> recipientServices() {
        return List.copyOf(recipientServices);
    }

    public boolean mayUseService() {
        return status.mayUseService();
    }

    /**
     * Whether the partner may use the service on {@code day}: its status allows it, and its termination notice, if
     * any, is not over (a convention ends at the start of its last day's notice, not when the daily review notices).
     */
    public boolean mayUseServiceOn(LocalDate day) {
        return mayUseService() && (terminatesOn == null || day.isBefore(terminatesOn));
    }

    /** Production and sandbox access are suspended, for {@code reason}, until the partner is resumed. */
    public void suspend(String reason, Instant at) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("Une suspension se motive (500 caractères au plus).",
                    "A suspension needs a reason (500 characters at most).");
        }
        if (status != PartnerStatus.ACTIVE && status != PartnerStatus.SUSPENDED) {
            throw new ConventionRuleException("Seul un partenaire actif peut être suspendu (statut : " + status + ").",
                    "Only an active partner can be suspended (status: " + status + ").");
        }
        changeStatus(PartnerStatus.SUSPENDED, reason, at);
    }

    /** A suspended partner may call again. */
    public void resume(String reason, Instant at) {
        if (status != PartnerStatus.SUSPENDED) {
            throw new ConventionRuleException("Le partenaire n'est pas suspendu (statut : " + status + ").",
                    "The partner is not suspended (status: " + status + ").");
        }
        changeStatus(PartnerStatus.ACTIVE, reason, at);
    }

    /**
     * Cut off at once after a security incident, for {@code reason}; its logs and data are put on legal hold from
     * now, and stay so until the hold is released, whatever becomes of the isolation.
     */
    public void isolate(String reason, Instant at) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("Un isolement se motive (500 caractères au plus).",
                    "An isolation needs a reason (500 characters at most).");
        }
        if (status == PartnerStatus.TERMINATED) {
            throw new ConventionRuleException("La convention du partenaire a pris fin.",
                    "The partner's convention has ended.");
        }
        changeStatus(PartnerStatus.ISOLATED, reason, at);
        if (legalHoldSince == null) {
            legalHoldSince = at;
        }
    }

    /**
     * The incident handled, an isolated partner may call again (still under its termination notice if it was
     * given one); its legal hold stays.
     */
    public void endIsolation(String reason, Instant at) {
        if (status != PartnerStatus.ISOLATED) {
            throw new ConventionRuleException("Le partenaire n'est pas isolé (statut : " + status + ").",
                    "The partner is not isolated (status: " + status + ").");
        }
        changeStatus(terminatesOn == null ? PartnerStatus.ACTIVE : PartnerStatus.UNDER_TERMINATION_NOTICE, reason, at);
    }

    /**
     * The partner's logs and data are put on legal hold (a dispute, an investigation), whatever its status, even
     * after its convention ended: no purge touches them until the hold is released.
     */
    public void placeLegalHold(Instant at) {
        if (legalHoldSince == null) {
            legalHoldSince = Objects.requireNonNull(at);
        }
    }

    /** The legal hold on the partner's logs and data is released (investigation over). */
    public void releaseLegalHold() {
        if (status == PartnerStatus.ISOLATED) {
            throw new ConventionRuleException("Un partenaire isolé reste sous conservation légale.",
                    "An isolated partner stays under legal hold.");
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
            throw new InvalidInputException("Un quota va de 1 à 100 000 appels par minute.",
                    "A quota is from 1 to 100,000 calls per minute.");
        }
        this.callsPerMinute = perMinute;
    }

    /** The active habilitation in force for {@code environment} on {@code day}, if any. */
    public Optional<Habilitation> habilitation(ServiceEnvironment environment, LocalDate day) {
        return habilitations.stream().filter(h -> h.environment() == environment && h.active() && h.inForceOn(day))
                .findFirst();
    }

    /** The habilitation granted for {@code environment}, active or not, if any. */
    public Optional<Habilitation> grantedHabilitation(ServiceEnvironment environment) {
        return habilitations.stream().filter(h -> h.environment() == environment).findFirst();
    }

    /** Whether the security attestation covers {@code day}. */
    public boolean attestedOn(LocalDate day) {
        return attestation != null && attestation.covers(day);
    }

    /**
     * A habilitation for an environment is granted or renewed at {@code at}; it replaces the previous one for that
     * environment. A sandbox habilitation is active at once; a production one once {@linkplain #activateProduction
     * activated}, unless it renews one already active.
     */
    public void grantHabilitation(Habilitation habilitation, Instant at) {
        boolean renewsActive = grantedHabilitation(habilitation.environment()).map(Habilitation::active).orElse(false);
        habilitations.removeIf(h -> h.environment() == habilitation.environment());
        habilitations.add(habilitation.environment() == ServiceEnvironment.SANDBOX || renewsActive
                ? habilitation.activatedAt(at) : habilitation);
    }

    /**
     * The functional acceptance ("recette") of the partner's application, run in the sandbox, is recorded on
     * {@code day}: it needs an active sandbox habilitation and at least one file deposited there.
     */
    public void recordAcceptance(String note, LocalDate day, long sandboxDeposits) {
        if (note == null || note.isBlank() || note.length() > 1000) {
            throw new InvalidInputException("Une recette se décrit (1 000 caractères au plus).",
                    "An acceptance test needs a description (1,000 characters at most).");
        }
        if (grantedHabilitation(ServiceEnvironment.SANDBOX).filter(Habilitation::active).isEmpty()) {
            throw new ConventionRuleException("La recette se déroule dans le bac à sable : aucune habilitation"
                    + " bac à sable.",
                    "The acceptance test takes place in the sandbox: there is no sandbox habilitation.");
        }
        if (sandboxDeposits == 0) {
            throw new ConventionRuleException("Aucun fichier déposé dans le bac à sable : pas de recette à constater.",
                    "No file deposited in the sandbox: no acceptance test to record.");
        }
        this.acceptanceRecordedOn = Objects.requireNonNull(day);
        this.acceptanceNote = note.strip();
    }

    public Optional<LocalDate> acceptanceRecordedOn() {
        return Optional.ofNullable(acceptanceRecordedOn);
    }

    public String acceptanceNote() {
        return acceptanceNote;
    }

    /**
     * The production habilitation becomes active, which needs a security attestation covering {@code day}, a
     * recorded functional acceptance and at least one validated letter template; whatever is missing is named.
     */
    public void activateProduction(LocalDate day, boolean hasValidatedTemplate, Instant at) {
        Habilitation production = grantedHabilitation(ServiceEnvironment.PRODUCTION).orElseThrow(
                () -> new ConventionRuleException("Aucune habilitation de production n'a été accordée (DataPass).",
                        "No production habilitation has been granted (DataPass)."));
        if (production.active()) {
            throw new ConventionRuleException("L'habilitation de production est déjà active.",
                    "The production habilitation is already active.");
        }
        if (status == PartnerStatus.TERMINATED) {
            throw new ConventionRuleException("La convention du partenaire a pris fin.",
                    "The partner's convention has ended.");
        }
        List<RefusalText> missing = new ArrayList<>();
        if (!attestedOn(day)) {
            missing.add(new RefusalText("une attestation de sécurité en cours de validité",
                    "a valid security attestation"));
        }
        if (acceptanceRecordedOn == null) {
            missing.add(new RefusalText("une recette constatée dans le bac à sable",
                    "an acceptance test recorded in the sandbox"));
        }
        if (!hasValidatedTemplate) {
            missing.add(new RefusalText("au moins une maquette validée", "at least one validated template"));
        }
        if (!missing.isEmpty()) {
            throw new ConventionRuleException("Activation de la production impossible ; il manque : "
                    + missing.stream().map(RefusalText::french).collect(Collectors.joining(", ")) + ".",
                    "Production cannot be activated; missing: "
                    + missing.stream().map(RefusalText::english).collect(Collectors.joining(", ")) + ".");
        }
        habilitations.remove(production);
        habilitations.add(production.activatedAt(at));
    }

    /**
     * Notice of termination is given on {@code day} (CGU §14): the service is kept for two months, then the
     * convention ends by itself. Only an active partner's convention is ended so (a security problem is handled by
     * isolation instead).
     */
    public void giveTerminationNotice(String reason, LocalDate day, Instant at) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("Une résiliation se motive (500 caractères au plus).",
                    "A termination needs a reason (500 characters at most).");
        }
        if (status != PartnerStatus.ACTIVE) {
            throw new ConventionRuleException("Seule la convention d'un partenaire actif se résilie avec préavis"
                    + " (statut : " + status + ").",
                    "Only an active partner's convention is terminated with notice (status: " + status + ").");
        }
        changeStatus(PartnerStatus.UNDER_TERMINATION_NOTICE, reason, at);
        this.terminationNoticeGivenOn = day;
        this.terminatesOn = day.plus(TERMINATION_NOTICE);
    }

    /**
     * Ends the convention if its notice is over on {@code day}, whatever happened meanwhile (an isolation does not
     * suspend the notice): data stops being delivered that day, which starts the retention of the habilitation
     * data. Whether it ended now.
     */
    public boolean terminateIfDue(LocalDate day, Instant at) {
        if (!terminationDueOn(day)) {
            return false;
        }
        changeStatus(PartnerStatus.TERMINATED, statusReason, at);
        this.dataDeliveryEndedOn = terminatesOn;
        return true;
    }

    /** Whether the convention's notice is over on {@code day} and it has not ended yet. */
    public boolean terminationDueOn(LocalDate day) {
        return terminatesOn != null && status != PartnerStatus.TERMINATED && !day.isBefore(terminatesOn);
    }

    public Optional<LocalDate> terminationNoticeGivenOn() {
        return Optional.ofNullable(terminationNoticeGivenOn);
    }

    public Optional<LocalDate> terminatesOn() {
        return Optional.ofNullable(terminatesOn);
    }

    /** Until when the habilitation data (DataPass, contacts) must be kept, once data stopped being delivered. */
    public Optional<LocalDate> habilitationDataKeptUntil() {
        return Optional.ofNullable(dataDeliveryEndedOn).map(day -> day.plus(HABILITATION_DATA_RETENTION));
    }

    /**
     * Whether the habilitation data of this terminated partner has outlived its retention on {@code day} and is
     * still there (a legal hold keeps it).
     */
    public boolean habilitationDataExpiredOn(LocalDate day) {
        return habilitationDataErasedAt == null && legalHoldSince == null
                && habilitationDataKeptUntil().map(until -> !day.isBefore(until)).orElse(false);
    }

    /**
     * Erases the habilitation data whose retention ended: contacts, recipient services and the DataPass requests'
     * facts. The convention's identity (name, SIRET), status and dates stay, for the statements kept longer.
     */
    public void eraseHabilitationData(Instant at) {
        contacts.clear();
        recipientServices.clear();
        List<Habilitation> erased = habilitations.stream().map(Habilitation::withoutDataPass).toList();
        habilitations.clear();
        habilitations.addAll(erased);
        acceptanceNote = null;
        habilitationDataErasedAt = at;
    }

    public Optional<Instant> habilitationDataErasedAt() {
        return Optional.ofNullable(habilitationDataErasedAt);
    }

    public Optional<LocalDate> dataDeliveryEndedOn() {
        return Optional.ofNullable(dataDeliveryEndedOn);
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
            throw new InvalidInputException("50 plages d'adresses au plus.",
                    "50 address ranges at most.");
        }
        ipRanges.clear();
        ipRanges.addAll(checked);
    }

    public List<String> ipRanges() {
        return ipRanges.stream().sorted().toList();
    }

    /** Where its statements are addressed, if finance gave it. */
    public Optional<BillingAddress> billingAddress() {
        return Optional.ofNullable(billingAddress).filter(BillingAddress::present);
    }

    public void addressBillsTo(BillingAddress address) {
        this.billingAddress = Objects.requireNonNull(address);
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
