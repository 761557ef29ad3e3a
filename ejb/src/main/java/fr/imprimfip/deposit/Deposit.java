package fr.imprimfip.deposit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.partner.Partner;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.ServiceEnvironment;
import fr.imprimfip.shared.StatusMessage;

/** A file deposited by a partner: its reference, options, stored content, analysis outcome and documents. */
@NamedQuery(name = "Deposit.contentExpired", query = "select d.id from Deposit d where d.contentExpiresAt <= :asOf"
        + " and d.contentPurgedAt is null and d.partner.legalHoldSince is null and d.id > :afterId order by d.id")
@NamedQuery(name = "Deposit.receivedBefore", query = "select d.id from Deposit d where d.receivedAt < :cutoff"
        + " and d.partner.legalHoldSince is null and d.id > :afterId order by d.id")
@NamedQuery(name = "Deposit.amongReceivedBefore", query = "select d.id from Deposit d where d.id in :ids"
        + " and d.receivedAt < :cutoff and d.partner.legalHoldSince is null")
@NamedQuery(name = "Deposit.amongWithContentStored", query = "select d from Deposit d where d.id in :ids"
        + " and d.contentPurgedAt is null")
@NamedQuery(name = "Deposit.printableWithDocumentsIn", query = "select dep.id from Deposit dep"
        + " where dep.environment = :environment and dep.sendingType <> :electronic"
        + " and dep.rightsRestrictedAt is null and exists (select 1 from DepositedDocument doc where doc.deposit = dep and doc.status = :status)"
        + " order by dep.receivedAt, dep.id")
@NamedQuery(name = "Deposit.countOfPartnerIn", query = "select count(d) from Deposit d where d.partner.id = :partner"
        + " and d.environment = :environment")
@NamedQuery(name = "Deposit.partnersAndReferences", query = "select d.partner.id, d.reference.value from Deposit d"
        + " where d.id in :ids")
@NamedQuery(name = "Deposit.countWithReference", query = "select count(d) from Deposit d where d.reference = :ref")
@NamedQuery(name = "Deposit.ownWithDocuments", query = "select d from Deposit d left join fetch d.documents"
        + " where d.reference = :ref and d.partner.id = :partner and d.environment = :environment")
@NamedQuery(name = "Deposit.withMetadata", query = "select distinct d from Deposit d left join fetch d.metadata"
        + " where d.id in :ids order by d.id desc")
@NamedQuery(name = "Deposit.byReferenceWithDocuments", query = "select d from Deposit d join fetch d.partner"
        + " left join fetch d.documents where d.reference = :ref")
@NamedQuery(name = "Deposit.awaitingAnalysis", query = "select d.id from Deposit d where d.status = :waiting"
        + " and (d.analysisClaimedAt is null or d.analysisClaimedAt < :stale) order by d.id")
@NamedQuery(name = "Deposit.claimAnalysis", query = "update Deposit d set d.analysisClaimedAt = :now,"
        + " d.analysisClaimedBy = :node, d.analysisAttempts = d.analysisAttempts + 1, d.version = d.version + 1"
        + " where d.id = :id and d.status = :waiting"
        + " and (d.analysisClaimedAt is null or d.analysisClaimedAt < :stale)")
@NamedQuery(name = "Deposit.releaseAnalysisClaims", query = "update Deposit d set d.analysisClaimedAt = null,"
        + " d.analysisClaimedBy = null, d.version = d.version + 1"
        + " where d.status = :waiting and d.analysisClaimedBy = :node")
@NamedQuery(name = "Deposit.analysisQueue", query = "select count(d), min(d.receivedAt),"
        + " sum(case when d.analysisAttempts > 1 then 1 else 0 end) from Deposit d where d.status = :waiting")
@Entity
@Table(name = "deposit")
public class Deposit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "internal_ref"))
    private TechnicalReference reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ServiceEnvironment environment;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "on_behalf_of", length = 100)
    private String onBehalfOf;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private Paper paper;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sending_type", nullable = false, length = 10)
    private SendingType sendingType;

    @Column(name = "correlation_id", length = 36)
    private String correlationId;

    @Embedded
    private StoredContent content;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private FileStatus status;

    @Column(name = "status_message", length = 1000)
    private String statusMessage;

    @Column(name = "analyzed_docs")
    private Integer analyzedDocs;

    @Column(name = "rejected_docs")
    private Integer rejectedDocs;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "analyzed_at")
    private Instant analyzedAt;

    @Column(name = "analysis_claimed_at")
    private Instant analysisClaimedAt;

    @Column(name = "analysis_attempts", nullable = false)
    private int analysisAttempts;

    @Column(name = "analysis_claimed_by", length = 100)
    private String analysisClaimedBy;

    @Column(name = "analyzed_by", length = 100)
    private String analyzedBy;

    @Column(name = "content_expires_at")
    private Instant contentExpiresAt;

    @Column(name = "content_purged_at")
    private Instant contentPurgedAt;

    /** A registered letter's addresses, sealed (see {@code RegisteredAddressSeal}); null for other sending types. */
    @Column(name = "registered_addresses", length = 4000)
    private String sealedRegisteredAddresses;

    /** An electronic registered letter's recipient, sealed (see {@code RecipientInformationSeal}); null otherwise. */
    @Column(name = "lre_recipient", length = 2000)
    private String sealedLreRecipient;

    /** Since when the letter's processing is restricted on the controller's instruction (a person's right). */
    @Column(name = "rights_restricted_at")
    private Instant rightsRestrictedAt;

    /** When the person's data was erased on the controller's instruction (a person's right). */
    @Column(name = "rights_erased_at")
    private Instant rightsErasedAt;

    @OneToMany(mappedBy = "deposit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DepositedDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "deposit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DepositAnnex> annexes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "deposit_metadata", joinColumns = @JoinColumn(name = "deposit_id"))
    @MapKeyColumn(name = "meta_key", length = 64)
    @Column(name = "meta_value", length = 256, nullable = false)
    private Map<String, String> metadata = new HashMap<>();

    @Version
    private long version;

    protected Deposit() {
    }

    private Deposit(TechnicalReference reference, Partner partner, ServiceEnvironment environment,
                    DepositOptions options, StoredContent content, Instant receivedAt) {
        this.reference = Objects.requireNonNull(reference);
        this.partner = Objects.requireNonNull(partner);
        this.environment = Objects.requireNonNull(environment);
        this.filename = options.filename();
        this.onBehalfOf = options.onBehalfOf();
        this.paper = options.paper();
        this.sendingType = options.sendingType();
        this.correlationId = options.correlationId();
        this.content = Objects.requireNonNull(content);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.status = FileStatus.IN_SUBMISSION;
    }

    /** A file has been received and stored: it waits for analysis. */
    public static Deposit receive(TechnicalReference reference, Partner partner, ServiceEnvironment environment,
                                  DepositOptions options, StoredContent content, Instant receivedAt) {
        return new Deposit(reference, partner, environment, options, content, receivedAt);
    }

    /**
     * The controller restricts the processing of this letter (GDPR art. 18): from now on it is neither put in a
     * print lot, nor taken for electronic delivery, nor advanced by the sandbox; what is already in production goes
     * on. Restricting again changes nothing.
     */
    public void restrictOnInstruction(Instant now) {
        if (rightsRestrictedAt == null) {
            rightsRestrictedAt = now;
        }
    }

    /**
     * Whether the person's data may be erased now: no letter of the file is being printed, and an electronic letter
     * is pending or final (its recipient's address is needed until then); the file was analysed. A letter handed to the post may be
     * erased: what is left of it (statuses, registered number) holds no personal data.
     */
    public boolean erasableNow() {
        return status.analysed() && documents.stream().noneMatch(doc -> doc.status() == DocumentStatus.IN_PRODUCTION
                || sendingType == SendingType.LRE && doc.status() != DocumentStatus.PENDING
                && !doc.status().isFinal(sendingType));
    }

    /**
     * The controller has the person's data erased (GDPR art. 17): letters still pending are withdrawn (never
     * printed nor billed), the sealed addresses or recipient are wiped and the content counts as destroyed now (the
     * caller deletes the stored files); the metadata, which holds no personal data, follows its retention.
     */
    public void eraseOnInstruction(Instant now) {
        if (!erasableNow()) {
            throw new IllegalStateException("The letters of " + reference + " cannot be erased now");
        }
        documents.stream().filter(doc -> doc.status() == DocumentStatus.PENDING)
                .forEach(doc -> doc.withdrawOnInstruction(now));
        this.sealedRegisteredAddresses = null;
        this.sealedLreRecipient = null;
        if (contentExpiresAt == null || contentExpiresAt.isAfter(now)) {
            contentExpiresAt = now;
        }
        if (contentPurgedAt == null) {
            contentPurgedAt = now;
        }
        rightsErasedAt = now;
    }

    public Instant rightsRestrictedAt() {
        return rightsRestrictedAt;
    }

    public Instant rightsErasedAt() {
        return rightsErasedAt;
    }

    /** A registered letter's recipient and return addresses, sealed with the content key, kept with the file. */
    public void carryRegisteredAddresses(String sealed) {
        if (sendingType != SendingType.LRAR || sealed == null || sealed.isEmpty()) {
            throw new IllegalArgumentException("Only a registered letter carries sealed addresses");
        }
        this.sealedRegisteredAddresses = sealed;
    }

    /** An electronic registered letter's recipient (e-mail address and name), sealed with the content key. */
    public void carryLreRecipient(String sealed) {
        if (sendingType != SendingType.LRE || sealed == null || sealed.isEmpty()) {
            throw new IllegalArgumentException("Only an electronic registered letter carries a sealed recipient");
        }
        this.sealedLreRecipient = sealed;
    }

    /** Labels of the partner's own, kept with the deposit and searchable (native API). */
    public void label(ClientMetadata labels) {
        metadata.clear();
        metadata.putAll(labels.entries());
    }

    /**
     * Sandbox only: every document whose status is older than {@code step} takes the next step of a simulated
     * production, so that partners can test their whole integration without anything being printed.
     */
    public void simulateProduction(Instant now, Duration step, Instant contentExpiryOnceAllFinal) {
        if (environment != ServiceEnvironment.SANDBOX) {
            throw new IllegalStateException("Production is simulated for sandbox deposits only");
        }
        documents.stream().filter(d -> !d.statusAt().plus(step).isAfter(now))
                .forEach(d -> d.simulateNextStep(now, sendingType));
        expireContentIfAllFinal(now, contentExpiryOnceAllFinal);
    }

    /** The partner deletes a pending document: it will not be printed nor billed. */
    public void deleteDocument(int position, Instant now, Instant contentExpiryOnceAllFinal) {
        document(position).deleteByPartner(now);
        expireContentIfAllFinal(now, contentExpiryOnceAllFinal);
    }

    /** The partner deletes every document of the file; all must still be pending. */
    public void deleteAllDocuments(Instant now, Instant contentExpiryOnceAllFinal) {
        if (!status.analysed()) {
            throw new DocumentNotDeletableException("Le fichier est en cours d'analyse.",
                    "The file is being analysed.");
        }
        List<DepositedDocument> live = documents.stream().filter(d -> d.status() != DocumentStatus.ERROR
                && d.status() != DocumentStatus.DELETED).toList();
        if (live.stream().anyMatch(d -> d.status() != DocumentStatus.PENDING)) {
            throw new DocumentNotDeletableException("Des documents du fichier sont déjà en production.",
                    "Documents of the file are already in production.");
        }
        live.forEach(d -> d.deleteByPartner(now));
        expireContentIfAllFinal(now, contentExpiryOnceAllFinal);
    }

    /** A pending letter of this production file joins a print lot at a cut-off. */
    public void sendToPrint(int position, long lotId, String lotReference, int sequence, Instant now) {
        if (environment != ServiceEnvironment.PRODUCTION) {
            throw new IllegalStateException("Sandbox letters are never printed");
        }
        if (sendingType == SendingType.LRE) {
            throw new IllegalStateException("Electronic registered letters are never printed");
        }
        document(position).enterPrintLot(lotId, lotReference, sequence, now);
    }

    /** A pending electronic registered letter of this production file is taken for electronic delivery. */
    public void takeForElectronicDelivery(int position, Instant now) {
        requireElectronic();
        document(position).takeForElectronicDelivery(now);
    }

    /** The notification of the electronic registered letter at {@code position} reached the recipient's relay. */
    public void notifiedElectronically(int position, Instant at) {
        requireElectronic();
        document(position).notifiedElectronically(at);
    }

    /** The recipient accepted the electronic registered letter; the file's content may now expire. */
    public void acceptedByRecipient(int position, Instant at, Instant contentExpiryOnceAllFinal) {
        requireElectronic();
        document(position).acceptedByRecipient(at);
        expireContentIfAllFinal(at, contentExpiryOnceAllFinal);
    }

    /** The recipient refused the electronic registered letter. */
    public void refusedByRecipient(int position, Instant at, Instant contentExpiryOnceAllFinal) {
        requireElectronic();
        document(position).refusedByRecipient(at);
        expireContentIfAllFinal(at, contentExpiryOnceAllFinal);
    }

    /** The electronic registered letter's deadline passed without a decision. */
    public void neglectedByRecipient(int position, Instant at, Instant contentExpiryOnceAllFinal) {
        requireElectronic();
        document(position).neglectedByRecipient(at);
        expireContentIfAllFinal(at, contentExpiryOnceAllFinal);
    }

    /** The notification e-mail of the electronic registered letter could not be delivered. */
    public void electronicNotificationUndeliverable(int position, Instant at, String why,
                                                    Instant contentExpiryOnceAllFinal) {
        requireElectronic();
        document(position).electronicNotificationUndeliverable(at, why);
        expireContentIfAllFinal(at, contentExpiryOnceAllFinal);
    }

    private void requireElectronic() {
        if (sendingType != SendingType.LRE || environment != ServiceEnvironment.PRODUCTION) {
            throw new IllegalStateException("Only production electronic registered letters are delivered by e-mail");
        }
    }

    /** A registered letter that entered a print lot receives its registered number. */
    public void assignRegisteredNumber(int position, String number) {
        if (!sendingType.registered()) {
            throw new IllegalStateException("Only registered letters have a registered number");
        }
        document(position).assignRegisteredNumber(number);
    }

    /** A letter in production was written to its lot's print file, starting at {@code page}. */
    public void placeInPrintFile(int position, int page) {
        document(position).placeInPrintFile(page);
    }

    /**
     * Records a print-centre or delivery event for one letter; returns false when the letter was already there.
     * Once every letter has reached a final status, the file's content is kept only for the retention period.
     */
    public boolean recordProductionEvent(int position, ProductionEvent event, DeliveryReport report,
                                         StatusSource source, Instant contentExpiryOnceAllFinal) {
        boolean changed = document(position).record(event, report, source, sendingType);
        if (changed) {
            expireContentIfAllFinal(report.at(), contentExpiryOnceAllFinal);
        }
        return changed;
    }

    /**
     * The scanned acknowledgement of receipt of the delivered registered letter at {@code position}, already
     * stored. Returns false when the same scan is already kept. Refused once the file's content is destroyed.
     */
    public boolean receiveAcknowledgement(int position, StoredContent scan, String mediaType, Instant now) {
        if (contentPurged()) {
            throw new ProductionEventRefusedException("Le dossier " + reference + " a atteint la fin de sa durée de"
                    + " conservation : ses pièces sont détruites.",
                    "File " + reference + " has reached the end of its retention period: its documents are"
                    + " destroyed.");
        }
        return document(position).receiveAcknowledgement(scan, mediaType, now, sendingType);
    }

    private DepositedDocument document(int position) {
        return documents.stream().filter(d -> d.position() == position).findFirst()
                .orElseThrow(() -> new DocumentNotFoundException(position));
    }

    private void expireContentIfAllFinal(Instant now, Instant expiry) {
        if (documents.stream().allMatch(d -> d.status().isFinal(sendingType)) && contentExpiresAt == null) {
            contentExpiresAt = expiry;
        }
    }

    /** An annex received with the file, in the order the partner declared it. */
    public DepositAnnex attachAnnex(String filename, StoredContent annexContent) {
        requireAwaitingAnalysis();
        DepositAnnex annex = new DepositAnnex(this, annexes.size(), filename, annexContent);
        annexes.add(annex);
        return annex;
    }

    /** The analysis counted the pages of the annex at {@code position}. */
    public void annexCounted(int position, int pages) {
        annexes.get(position).counted(pages);
    }

    /**
     * The analysis split the file into documents: each is pending or in error. The file is "Soumis" when every
     * document was accepted, "Soumis avec des avertissements" when some carry a warning, "Soumis avec des erreurs"
     * when some were refused, "Erreur" when none was accepted.
     */
    public void completeAnalysis(List<DocumentAnalysis> analysedDocuments, Instant now, Instant contentExpiryIfRejected) {
        requireAwaitingAnalysis();
        endClaim();
        int position = 0;
        int rejected = 0;
        boolean warned = false;
        for (DocumentAnalysis analysis : analysedDocuments) {
            documents.add(DepositedDocument.analysed(this, position++, analysis, now));
            if (!analysis.accepted()) {
                rejected++;
            }
            warned |= analysis.warned();
        }
        this.analyzedDocs = analysedDocuments.size();
        this.rejectedDocs = rejected;
        this.analyzedAt = now;
        if (analysedDocuments.isEmpty() || rejected == analysedDocuments.size()) {
            this.status = FileStatus.ERROR;
            this.statusMessage = analysedDocuments.isEmpty() ? "Le fichier ne contient aucun document." : null;
            this.contentExpiresAt = contentExpiryIfRejected;
        } else {
            this.status = rejected > 0 ? FileStatus.SUBMITTED_WITH_ERRORS
                    : warned ? FileStatus.SUBMITTED_WITH_WARNINGS : FileStatus.SUBMITTED;
        }
    }

    /** The file itself cannot be used (not a PDF, encrypted, unreadable): no document is created. */
    public void reject(String message, Instant now, Instant contentExpiry) {
        requireAwaitingAnalysis();
        endClaim();
        this.status = FileStatus.ERROR;
        this.statusMessage = StatusMessage.fit(Objects.requireNonNull(message));
        this.analyzedDocs = 0;
        this.rejectedDocs = 0;
        this.analyzedAt = now;
        this.contentExpiresAt = contentExpiry;
    }

    /**
     * The stored bytes have been destroyed under the retention rules; the metadata stays. A registered letter's
     * addresses, personal data that follow the file's retention (docs/operations.md), are destroyed with them.
     */
    public void markContentPurged(Instant now) {
        if (contentExpiresAt == null || contentExpiresAt.isAfter(now)) {
            throw new IllegalStateException("The content of " + reference + " is not yet due for destruction");
        }
        this.contentPurgedAt = now;
        this.sealedRegisteredAddresses = null;
        this.sealedLreRecipient = null;
    }

    /**
     * An analysis failed before it could record its outcome (it was rolled back): the claim is let go, so that the
     * next tick tries again, and the attempt stays counted.
     */
    public void releaseFailedClaim() {
        requireAwaitingAnalysis();
        this.analysisClaimedAt = null;
        this.analysisClaimedBy = null;
    }

    private void endClaim() {
        this.analyzedBy = analysisClaimedBy;
        this.analysisClaimedBy = null;
    }

    /** When the analysis that produced the outcome started (the last claim). */
    public Instant analysisStartedAt() {
        return analysisClaimedAt;
    }

    public boolean contentPurged() {
        return contentPurgedAt != null;
    }

    private void requireAwaitingAnalysis() {
        if (status != FileStatus.IN_SUBMISSION) {
            throw new IllegalStateException("The file " + reference + " has already been analysed");
        }
    }

    public Long id() {
        return id;
    }

    public TechnicalReference reference() {
        return reference;
    }

    public Partner partner() {
        return partner;
    }

    public ServiceEnvironment environment() {
        return environment;
    }

    public String filename() {
        return filename;
    }

    /** The correlation id of the request that deposited the file, when it had one. */
    public String correlationId() {
        return correlationId;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }

    public Paper paper() {
        return paper;
    }

    public SendingType sendingType() {
        return sendingType;
    }

    public StoredContent content() {
        return content;
    }

    public FileStatus status() {
        return status;
    }

    public String statusMessage() {
        return statusMessage;
    }

    public Integer analyzedDocs() {
        return analyzedDocs;
    }

    public Integer rejectedDocs() {
        return rejectedDocs;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant analyzedAt() {
        return analyzedAt;
    }

    public int analysisAttempts() {
        return analysisAttempts;
    }

    /** The server node that analysed the file. */
    public String analyzedBy() {
        return analyzedBy;
    }

    public Instant contentExpiresAt() {
        return contentExpiresAt;
    }

    public Instant contentPurgedAt() {
        return contentPurgedAt;
    }

    /** The sealed addresses of a registered letter, or null (other sending types, or destroyed with the content). */
    public String sealedRegisteredAddresses() {
        return sealedRegisteredAddresses;
    }

    /** The sealed recipient of an electronic registered letter, while the file's content is kept; null otherwise. */
    public String sealedLreRecipient() {
        return sealedLreRecipient;
    }

    public Map<String, String> metadata() {
        return Collections.unmodifiableMap(metadata);
    }

    public List<DepositAnnex> annexes() {
        return Collections.unmodifiableList(annexes);
    }

    public boolean withAnnexes() {
        return !annexes.isEmpty();
    }

    public List<DepositedDocument> documents() {
        return Collections.unmodifiableList(documents);
    }
}
