package fr.imprimfip.deposit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.StatusMessage;

/** One document ("pli") of a deposited file, with its current status and the history of its statuses. */
@NamedQuery(name = "DepositedDocument.printableCountIn", query = "select count(doc) from DepositedDocument doc"
        + " where doc.status = :status and doc.deposit.environment = :environment"
        + " and doc.deposit.sendingType <> :electronic")
@NamedQuery(name = "DepositedDocument.depositsDueForSimulation", query = "select distinct doc.deposit.id"
        + " from DepositedDocument doc where doc.deposit.environment = :sandbox and doc.statusAt <= :cutoff"
        + " and doc.deposit.rightsRestrictedAt is null"
        + " and (doc.status in (:pending, :inProduction)"
        + " or (doc.status = :shipped and doc.deposit.sendingType <> :standard)"
        + " or (doc.status = :outForDelivery and doc.deposit.sendingType = :electronic))")
@NamedQuery(name = "DepositedDocument.lateness", query = "select count(doc), min(dep.receivedAt)"
        + " from DepositedDocument doc join doc.deposit dep where dep.environment = :environment"
        + " and doc.status in (:pending, :inProduction) and dep.receivedAt < :dueBefore"
        + " and dep.sendingType <> :electronic")
@NamedQuery(name = "DepositedDocument.late", query = "select doc.id, dep.reference.value, dep.partner.clientId,"
        + " doc.businessRef, doc.status, dep.receivedAt from DepositedDocument doc join doc.deposit dep"
        + " where dep.environment = :environment and doc.status in (:pending, :inProduction)"
        + " and dep.receivedAt < :dueBefore and dep.sendingType <> :electronic"
        + " and (:anyPartner = true or dep.partner.id = :partner)"
        + " and (dep.receivedAt > :afterTime or (dep.receivedAt = :afterTime and doc.id > :afterId))"
        + " order by dep.receivedAt, doc.id")
@NamedQuery(name = "DepositedDocument.lotsOnLegalHold", query = "select distinct doc.printLotId"
        + " from DepositedDocument doc where doc.printLotId in :lots and doc.deposit.partner.legalHoldSince is not null")
@NamedQuery(name = "DepositedDocument.pagesSpanned", query = "select doc.deposit.id,"
        + " max(doc.firstPage + doc.pageCount) from DepositedDocument doc where doc.deposit.id in :deposits"
        + " group by doc.deposit.id")
@NamedQuery(name = "DepositedDocument.inLot", query = "select doc from DepositedDocument doc join fetch doc.deposit"
        + " where doc.printLotId = :lot order by doc.lotSequence")
@NamedQuery(name = "DepositedDocument.inLotWithStatus", query = "select doc from DepositedDocument doc"
        + " join fetch doc.deposit where doc.printLotId = :lot and doc.status = :status order by doc.lotSequence")
@NamedQuery(name = "DepositedDocument.inLotAt", query = "select doc from DepositedDocument doc join fetch doc.deposit"
        + " where doc.printLotId = :lot and doc.lotSequence = :sequence")
@NamedQuery(name = "DepositedDocument.countInLotWithStatus", query = "select count(doc) from DepositedDocument doc"
        + " where doc.printLotId = :lot and doc.status = :status")
@NamedQuery(name = "DepositedDocument.registeredOnTheWayBefore", query = "select doc.printLotId, doc.lotSequence,"
        + " doc.status, doc.statusAt, doc.deposit.sendingType, doc.registeredNumber from DepositedDocument doc"
        + " where doc.printLotId is not null and doc.status in (:shipped, :outForDelivery)"
        + " and doc.statusAt <= :due and doc.deposit.sendingType <> :standard order by doc.id")
@NamedQuery(name = "DepositedDocument.registeredWithoutNews", query = "select doc.id, dep.reference.value,"
        + " dep.partner.clientId, doc.businessRef, doc.status, dep.receivedAt, doc.statusAt"
        + " from DepositedDocument doc join doc.deposit dep where dep.environment = :environment"
        + " and dep.sendingType = :paperRegistered and doc.status = :status and doc.statusAt < :newsBefore"
        + " and (:anyPartner = true or dep.partner.id = :partner)"
        + " and (doc.statusAt > :afterTime or (doc.statusAt = :afterTime and doc.id > :afterId))"
        + " order by doc.statusAt, doc.id")
@NamedQuery(name = "DepositedDocument.plisByMonth", query = """
        select dep.sendingType,
          sum(case when dep.receivedAt >= :m1 and dep.receivedAt < :m2 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m2 and dep.receivedAt < :m3 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m3 and dep.receivedAt < :m4 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m4 and dep.receivedAt < :m5 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m5 and dep.receivedAt < :m6 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m6 and dep.receivedAt < :m7 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m7 and dep.receivedAt < :m8 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m8 and dep.receivedAt < :m9 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m9 and dep.receivedAt < :m10 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m10 and dep.receivedAt < :m11 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m11 and dep.receivedAt < :m12 then 1 else 0 end),
          sum(case when dep.receivedAt >= :m12 and dep.receivedAt < :m13 then 1 else 0 end)
        from DepositedDocument doc join doc.deposit dep
        where dep.partner.id = :partner and dep.environment = :environment
          and dep.receivedAt >= :m1 and dep.receivedAt < :m13 and doc.status not in (:deleted, :error)
        group by dep.sendingType""")
@NamedQuery(name = "DepositedDocument.plisBetween", query = "select dep.sendingType, count(doc)"
        + " from DepositedDocument doc join doc.deposit dep where dep.environment = :environment"
        + " and dep.receivedAt >= :from and dep.receivedAt < :to and doc.status not in (:deleted, :error)"
        + " group by dep.sendingType")
@NamedQuery(name = "DepositedDocument.registeredOutcomes", query = "select dep.partner.id, doc.status, count(doc)"
        + " from DepositedDocument doc join doc.deposit dep where dep.environment = :environment"
        + " and dep.sendingType = :sendingType and dep.receivedAt >= :from and dep.receivedAt < :to"
        + " group by dep.partner.id, doc.status")
@NamedQuery(name = "DepositedDocument.acknowledgementsMissing", query = "select dep.partner.id, count(doc)"
        + " from DepositedDocument doc join doc.deposit dep where dep.environment = :environment"
        + " and dep.sendingType = :sendingType and dep.receivedAt >= :from and dep.receivedAt < :to"
        + " and doc.status = :delivered and doc.acknowledgementReceivedAt is null group by dep.partner.id")
@Entity
@Table(name = "deposit_document")
public class DepositedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deposit_document_seq")
    @SequenceGenerator(name = "deposit_document_seq", sequenceName = "deposit_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deposit_id")
    private Deposit deposit;

    @Column(name = "business_ref", nullable = false, length = 255)
    private String businessRef;

    @Column(name = "position_in_file", nullable = false)
    private int position;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @Column(name = "first_page", nullable = false)
    private int firstPage;

    @Column(name = "sheet_count", nullable = false)
    private int sheets;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    @Column(name = "envelope_format", nullable = false, length = 10)
    private String envelope;

    @Column(name = "postage_class", nullable = false, length = 10)
    private String postageClass;

    @Column(name = "warning_message", length = 1000)
    private String warning;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private DocumentStatus status;

    @Column(name = "status_message", length = 1000)
    private String statusMessage;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @Column(name = "print_lot_id")
    private Long printLotId;

    @Column(name = "lot_sequence")
    private Integer lotSequence;

    @Column(name = "print_page")
    private Integer printPage;

    /** A registered letter's number (UPU S10), given when it enters a print lot. */
    @Column(name = "registered_number", length = 13, unique = true)
    private String registeredNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "production_step", length = 20)
    private ProductionStep productionStep;

    /** The reference of La Poste's deposit slip a registered letter was handed over with. */
    @Column(name = "deposit_slip", length = DeliveryReport.MAX_SLIP)
    private String depositSlip;

    /** The scanned acknowledgement of receipt of a delivered registered letter, stored encrypted. */
    @Embedded
    @AttributeOverride(name = "storageKey", column = @Column(name = "ar_storage_key", length = 255))
    @AttributeOverride(name = "sizeBytes", column = @Column(name = "ar_size_bytes"))
    @AttributeOverride(name = "sha256", column = @Column(name = "ar_sha256", length = 64))
    private StoredContent acknowledgement;

    @Column(name = "ar_media_type", length = 20)
    private String acknowledgementType;

    @Column(name = "ar_received_at")
    private Instant acknowledgementReceivedAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    @BatchSize(size = 500)
    private List<DocumentStatusChange> history = new ArrayList<>();

    protected DepositedDocument() {
    }

    static DepositedDocument analysed(Deposit deposit, int position, DocumentAnalysis analysis, Instant now) {
        DepositedDocument document = new DepositedDocument();
        document.deposit = deposit;
        document.position = position;
        document.businessRef = analysis.businessRef();
        document.pageCount = analysis.pageCount();
        document.firstPage = analysis.firstPage();
        document.sheets = analysis.facts().sheets();
        document.weightGrams = analysis.facts().weightGrams();
        document.envelope = analysis.facts().envelope().name();
        document.postageClass = analysis.facts().postageClass();
        document.warning = StatusMessage.fit(analysis.warning());
        if (analysis.accepted()) {
            document.moveTo(DocumentStatus.PENDING, now, StatusSource.ANALYSIS, analysis.warning());
        } else {
            document.moveTo(DocumentStatus.ERROR, now, StatusSource.ANALYSIS, analysis.refusal());
        }
        return document;
    }

    /** The next step of a simulated production (sandbox): pending, in production, shipped, delivered. */
    void simulateNextStep(Instant now, SendingType sendingType) {
        if (sendingType == SendingType.LRE) {
            simulateElectronicDelivery(now);
            return;
        }
        switch (status) {
            case PENDING -> moveTo(DocumentStatus.IN_PRODUCTION, now, StatusSource.SIMULATION, null);
            case IN_PRODUCTION -> moveTo(DocumentStatus.SHIPPED, now, StatusSource.SIMULATION, null);
            case SHIPPED -> {
                if (sendingType.registered()) {
                    moveTo(DocumentStatus.DELIVERED, now, StatusSource.SIMULATION, null);
                }
            }
            default -> {
                // final: nothing more happens
            }
        }
    }

    /** An electronic letter is never shipped: it is notified to its recipient, who accepts it. */
    private void simulateElectronicDelivery(Instant now) {
        switch (status) {
            case PENDING -> moveTo(DocumentStatus.IN_PRODUCTION, now, StatusSource.SIMULATION, null);
            case IN_PRODUCTION -> moveTo(DocumentStatus.OUT_FOR_DELIVERY, now, StatusSource.SIMULATION, null);
            case OUT_FOR_DELIVERY -> moveTo(DocumentStatus.DELIVERED, now, StatusSource.SIMULATION, null);
            default -> {
                // final: nothing more happens
            }
        }
    }

    /** The owner deletes the document while it waits for production. */
    void deleteByPartner(Instant now) {
        if (status != DocumentStatus.PENDING) {
            throw new DocumentNotDeletableException("Le document « " + businessRef + " » n'est plus en attente de"
                    + " traitement (" + status.label() + ").",
                    "Document \"" + businessRef + "\" is no longer awaiting processing (" + status + ").");
        }
        moveTo(DocumentStatus.DELETED, now, StatusSource.PARTNER, null);
    }

    /** A pending letter withdrawn on the controller's instruction (a person's erasure): never printed nor billed. */
    void withdrawOnInstruction(Instant now) {
        moveTo(DocumentStatus.DELETED, now, StatusSource.ADMINISTRATOR, "Supprimé sur instruction du responsable"
                + " de traitement (droits des personnes)");
    }

    /** The letter joins a print lot at a cut-off: it is in production from now on and can no longer be deleted. */
    void enterPrintLot(long lotId, String lotReference, int sequence, Instant now) {
        if (status != DocumentStatus.PENDING || printLotId != null) {
            throw new IllegalStateException("Only a pending letter outside any lot can join a print lot");
        }
        this.printLotId = lotId;
        this.lotSequence = sequence;
        moveTo(DocumentStatus.IN_PRODUCTION, now, StatusSource.PRODUCTION, "Lot d'impression " + lotReference);
    }

    /** An electronic registered letter is taken for electronic delivery: in production, no longer deletable. */
    void takeForElectronicDelivery(Instant now) {
        if (status != DocumentStatus.PENDING || printLotId != null) {
            throw new IllegalStateException("Only a pending letter outside any lot is taken for electronic delivery");
        }
        moveTo(DocumentStatus.IN_PRODUCTION, now, StatusSource.ELECTRONIC_DELIVERY, "Remise électronique");
    }

    /** The relay accepted the notification e-mail: the letter awaits its recipient's decision. */
    void notifiedElectronically(Instant at) {
        requireElectronic(DocumentStatus.IN_PRODUCTION);
        moveTo(DocumentStatus.OUT_FOR_DELIVERY, at, StatusSource.ELECTRONIC_DELIVERY, "Destinataire notifié");
    }

    /** The recipient accepted the letter. */
    void acceptedByRecipient(Instant at) {
        requireElectronic(DocumentStatus.OUT_FOR_DELIVERY);
        moveTo(DocumentStatus.DELIVERED, at, StatusSource.ELECTRONIC_DELIVERY, "Accepté par le destinataire");
    }

    /** The recipient refused the letter. */
    void refusedByRecipient(Instant at) {
        requireElectronic(DocumentStatus.OUT_FOR_DELIVERY);
        moveTo(DocumentStatus.REFUSED, at, StatusSource.ELECTRONIC_DELIVERY, "Refusé par le destinataire");
    }

    /** The recipient neither accepted nor refused the letter before its deadline. */
    void neglectedByRecipient(Instant at) {
        requireElectronic(DocumentStatus.OUT_FOR_DELIVERY);
        moveTo(DocumentStatus.NOT_COLLECTED, at, StatusSource.ELECTRONIC_DELIVERY,
                "Non réclamé dans le délai d'acceptation");
    }

    /** The notification e-mail could not be delivered (refused by the relay, or bounced before any decision). */
    void electronicNotificationUndeliverable(Instant at, String why) {
        if (status != DocumentStatus.IN_PRODUCTION && status != DocumentStatus.OUT_FOR_DELIVERY) {
            throw new IllegalStateException("Letter at position " + position + " is " + status
                    + ": its notification can no longer fail");
        }
        moveTo(DocumentStatus.DELIVERY_FAILED, at, StatusSource.ELECTRONIC_DELIVERY, why);
    }

    private void requireElectronic(DocumentStatus expected) {
        if (status != expected || printLotId != null) {
            throw new IllegalStateException("Letter at position " + position + " is " + status + ", not " + expected);
        }
    }

    /** A registered letter entering its print lot receives its registered number, once and for good. */
    void assignRegisteredNumber(String number) {
        if (status != DocumentStatus.IN_PRODUCTION || printLotId == null || registeredNumber != null) {
            throw new IllegalStateException("A registered number is given once, to a letter entering a print lot");
        }
        this.registeredNumber = Objects.requireNonNull(number);
    }

    /** The letter was written to its lot's print file, starting at {@code page}. */
    void placeInPrintFile(int page) {
        if (status != DocumentStatus.IN_PRODUCTION || printLotId == null) {
            throw new IllegalStateException("Only a letter in production is written to a print file");
        }
        this.printPage = page;
    }

    /**
     * Records what the print centre or La Poste reports. Returns false when the letter is already there (a report
     * sent twice, or a step reported after a later one): nothing changes then. Throws when the event contradicts
     * where the letter stands, or is dated before the letter's last event.
     */
    boolean record(ProductionEvent event, DeliveryReport report, StatusSource source, SendingType sendingType) {
        if (event.delivery()) {
            return recordDelivery(event, report, source, sendingType);
        }
        return switch (event) {
            case PRINTED -> recordStep(ProductionStep.PRINTED, report, source);
            case ENVELOPED -> recordStep(ProductionStep.ENVELOPED, report, source);
            case HANDED_OVER -> recordHandOver(report, source, sendingType);
            case ERROR -> {
                if (status == DocumentStatus.ERROR) {
                    yield false;
                }
                requireInProduction(event);
                requireInOrder(event, report.at());
                moveTo(DocumentStatus.ERROR, report.at(), source, report.message() == null
                        ? "Incident de production signalé par le centre éditique." : report.message());
                yield true;
            }
            default -> throw new IllegalStateException("Unhandled event " + event);
        };
    }

    private boolean recordHandOver(DeliveryReport report, StatusSource source, SendingType sendingType) {
        String slip = report.depositSlip();
        if (handedOver()) {
            if (slip != null && depositSlip != null && !slip.equals(depositSlip)) {
                throw refused(ProductionEvent.HANDED_OVER, "il a été remis à La Poste avec le bordereau "
                        + depositSlip, "it was handed over with deposit slip " + depositSlip);
            }
            return false;
        }
        requireInProduction(ProductionEvent.HANDED_OVER);
        if (slip == null && sendingType == SendingType.LRAR) {
            throw new InvalidInputException("Le pli n° " + lotSequence + " est recommandé : sa remise à La Poste"
                    + " se déclare avec la référence du bordereau de dépôt (depositSlip).",
                    "Letter no. " + lotSequence + " is registered: its hand-over is reported with the deposit"
                    + " slip's reference (depositSlip).");
        }
        requireInOrder(ProductionEvent.HANDED_OVER, report.at());
        this.depositSlip = slip;
        moveTo(DocumentStatus.SHIPPED, report.at(), source, report.message());
        return true;
    }

    private boolean recordStep(ProductionStep step, DeliveryReport report, StatusSource source) {
        if (handedOver() || (productionStep != null && productionStep.compareTo(step) >= 0
                && status == DocumentStatus.IN_PRODUCTION)) {
            return false;
        }
        ProductionEvent event = step == ProductionStep.PRINTED ? ProductionEvent.PRINTED : ProductionEvent.ENVELOPED;
        requireInProduction(event);
        requireInOrder(event, report.at());
        this.productionStep = step;
        this.statusAt = report.at();
        history.add(new DocumentStatusChange(this, status, report.at(), source, report.message(), step));
        return true;
    }

    private boolean recordDelivery(ProductionEvent event, DeliveryReport report, StatusSource source,
                                   SendingType sendingType) {
        if (!sendingType.registered()) {
            throw new ProductionEventRefusedException("Le pli n° " + lotSequence + " est un courrier simple :"
                    + " La Poste n'en suit pas la distribution.",
                    "Letter no. " + lotSequence + " is standard mail: La Poste does not track its delivery.");
        }
        DocumentStatus next = event.deliveryStatus();
        if (status == next || (event == ProductionEvent.OUT_FOR_DELIVERY && status.isFinal(sendingType)
                && handedOver())) {
            return false;
        }
        boolean reachable = status == DocumentStatus.SHIPPED
                || (status == DocumentStatus.OUT_FOR_DELIVERY && event != ProductionEvent.OUT_FOR_DELIVERY);
        if (!reachable) {
            throw refused(event, "il est « " + status.label() + " »", "it is " + status);
        }
        if (event == ProductionEvent.DELIVERY_FAILED && report.message() == null) {
            throw new InvalidInputException("Un échec de distribution se déclare avec sa raison (message).",
                    "A failed delivery is reported with its reason (message).");
        }
        requireInOrder(event, report.at());
        if (event == ProductionEvent.NOT_COLLECTED) {
            requireHoldingPeriodOver(report);
        }
        moveTo(next, report.at(), source, report.message());
        return true;
    }

    /** "Négligé": the letter waited at the post office for the whole holding period after its first presentation. */
    private void requireHoldingPeriodOver(DeliveryReport report) {
        Instant presented = firstPresentation();
        if (presented == null) {
            throw refused(ProductionEvent.NOT_COLLECTED, "il n'a pas été présenté à son destinataire",
                    "it was never presented to its recipient");
        }
        Instant holdingEnds = presented.plus(report.holdingPeriod());
        if (report.at().isBefore(holdingEnds)) {
            throw refused(ProductionEvent.NOT_COLLECTED, "La Poste le garde " + report.holdingPeriod().toDays()
                    + " jours après sa première présentation, jusqu'au " + holdingEnds,
                    "La Poste holds it " + report.holdingPeriod().toDays() + " days after its first presentation,"
                    + " until " + holdingEnds);
        }
    }

    /** When La Poste first presented the registered letter to its recipient, if it did. */
    public Instant firstPresentation() {
        return history.stream().filter(change -> change.status() == DocumentStatus.OUT_FOR_DELIVERY)
                .map(DocumentStatusChange::changedAt).findFirst().orElse(null);
    }

    /**
     * The scanned acknowledgement of receipt of a delivered registered letter with AR. Returns false when the
     * same scan (same digest) is already kept: nothing changes then. A different scan is refused: the first one
     * is the evidence.
     */
    boolean receiveAcknowledgement(StoredContent scan, String mediaType, Instant at, SendingType sendingType) {
        if (sendingType != SendingType.LRAR) {
            throw new ProductionEventRefusedException("Le pli n° " + lotSequence + " n'est pas une lettre"
                    + " recommandée avec avis de réception.",
                    "Letter no. " + lotSequence + " is not a registered letter with acknowledgement of receipt.");
        }
        if (acknowledgement != null) {
            if (acknowledgement.sha256().equals(scan.sha256())) {
                return false;
            }
            throw new ProductionEventRefusedException("L'avis de réception du pli n° " + lotSequence
                    + " a déjà été reçu (un autre fichier).",
                    "The acknowledgement of receipt of letter no. " + lotSequence
                    + " was already received (another file).");
        }
        if (status != DocumentStatus.DELIVERED) {
            throw new ProductionEventRefusedException("Le pli n° " + lotSequence + " est « " + status.label()
                    + " » : un avis de réception n'existe que pour un pli distribué.",
                    "Letter no. " + lotSequence + " is " + status
                    + ": an acknowledgement of receipt exists only for a delivered letter.");
        }
        this.acknowledgement = scan;
        this.acknowledgementType = mediaType;
        this.acknowledgementReceivedAt = at;
        return true;
    }

    private void requireInOrder(ProductionEvent event, Instant at) {
        if (statusAt != null && at.isBefore(statusAt)) {
            throw refused(event, "l'événement est daté d'avant son dernier événement (" + statusAt + ")",
                    "the event is dated before its last event (" + statusAt + ")");
        }
    }

    private ProductionEventRefusedException refused(ProductionEvent event, String frenchWhy, String englishWhy) {
        return new ProductionEventRefusedException("Le pli n° " + lotSequence + " ne peut pas recevoir l'événement "
                + event + " : " + frenchWhy + ".",
                "Letter no. " + lotSequence + " cannot take event " + event + ": " + englishWhy + ".");
    }

    private void requireInProduction(ProductionEvent event) {
        if (status != DocumentStatus.IN_PRODUCTION) {
            throw new ProductionEventRefusedException("Le pli n° " + lotSequence + " est « " + status.label()
                    + " » : l'événement " + event + " ne peut pas s'y appliquer.",
                    "Letter no. " + lotSequence + " is " + status + ": event " + event + " cannot apply to it.");
        }
    }

    /** Whether La Poste has the letter: shipped, or further along the delivery of registered mail. */
    private boolean handedOver() {
        return switch (status) {
            case SHIPPED, OUT_FOR_DELIVERY, DELIVERED, REFUSED, NOT_COLLECTED, DELIVERY_FAILED -> true;
            default -> false;
        };
    }

    private void moveTo(DocumentStatus next, Instant at, StatusSource source, String message) {
        this.status = next;
        this.statusAt = at;
        this.statusMessage = StatusMessage.fit(message);
        history.add(new DocumentStatusChange(this, next, at, source, statusMessage, productionStep));
    }

    public Deposit deposit() {
        return deposit;
    }

    public String businessRef() {
        return businessRef;
    }

    public int pageCount() {
        return pageCount;
    }

    public int position() {
        return position;
    }

    public int firstPage() {
        return firstPage;
    }

    public int sheets() {
        return sheets;
    }

    public int weightGrams() {
        return weightGrams;
    }

    public String envelope() {
        return envelope;
    }

    public String postageClass() {
        return postageClass;
    }

    /** A warning of the charter the partner should read; the document goes on all the same. */
    public String warning() {
        return warning;
    }

    public DocumentStatus status() {
        return status;
    }

    public String statusMessage() {
        return statusMessage;
    }

    public Instant statusAt() {
        return statusAt;
    }

    /** The print lot the letter went into, if any. */
    public Long printLotId() {
        return printLotId;
    }

    /** The letter's rank in its print lot, from 1, as its sheet marks carry it. */
    public Integer lotSequence() {
        return lotSequence;
    }

    /** The page of its lot's print file where the letter starts, once the file is written. */
    public Integer printPage() {
        return printPage;
    }

    /** The registered number of a registered letter in a print lot, or null. */
    public String registeredNumber() {
        return registeredNumber;
    }

    public ProductionStep productionStep() {
        return productionStep;
    }

    /** The reference of the deposit slip the letter was handed over to La Poste with, or null. */
    public String depositSlip() {
        return depositSlip;
    }

    /** The stored scan of the acknowledgement of receipt, or null. */
    public StoredContent acknowledgement() {
        return acknowledgement;
    }

    /** The acknowledgement's media type: application/pdf, image/png or image/jpeg. */
    public String acknowledgementType() {
        return acknowledgementType;
    }

    public Instant acknowledgementReceivedAt() {
        return acknowledgementReceivedAt;
    }

    public List<DocumentStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
