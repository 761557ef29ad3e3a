package fr.imprimfip.production;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.deposit.ProductionEvent;
import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.StatusMessage;

/**
 * A print lot: letters of the same {@link LotKey} gathered at a cut-off, printed from one print-ready file whose
 * sheets carry marks for the inserter. Its status follows what the print centre reports for the whole lot.
 */
@NamedQuery(name = "PrintLot.countWithReferencePrefix", query = "select count(l) from PrintLot l"
        + " where l.reference like :prefix")
@NamedQuery(name = "PrintLot.uncomposed", query = "select l.id from PrintLot l where l.status = :composing"
        + " and (l.compositionClaimedAt is null or l.compositionClaimedAt < :stale) order by l.id")
@NamedQuery(name = "PrintLot.claimComposition", query = "update PrintLot l set l.compositionClaimedAt = :now,"
        + " l.compositionAttempts = l.compositionAttempts + 1, l.version = l.version + 1"
        + " where l.id = :id and l.status = :composing"
        + " and (l.compositionClaimedAt is null or l.compositionClaimedAt < :stale)")
@NamedQuery(name = "PrintLot.statusOf", query = "select l.status from PrintLot l where l.reference = :reference")
@NamedQuery(name = "PrintLot.byReference", query = "select l from PrintLot l where l.reference = :reference")
@NamedQuery(name = "PrintLot.after", query = "select l from PrintLot l where l.id > :after order by l.id")
@NamedQuery(name = "PrintLot.inStatusAfter", query = "select l from PrintLot l where l.id > :after"
        + " and l.status = :status order by l.id")
@NamedQuery(name = "PrintLot.referencesInStatusesSince", query = "select l.reference from PrintLot l"
        + " where l.status in :statuses and l.statusAt <= :due order by l.id")
@NamedQuery(name = "PrintLot.countByStatus", query = "select l.status, count(l) from PrintLot l group by l.status")
@NamedQuery(name = "PrintLot.printFileExpired", query = "select l.id from PrintLot l where l.printFileExpiresAt <= :asOf"
        + " and l.printFilePurgedAt is null and l.id > :afterId order by l.id")
@Entity
@Table(name = "print_lot")
public class PrintLot {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(BusinessCalendar.PARIS);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "print_lot_seq")
    @SequenceGenerator(name = "print_lot_seq", sequenceName = "print_lot_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 40)
    private String reference;

    @Embedded
    private LotKey key;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PrintLotStatus status;

    @Column(name = "letter_count", nullable = false)
    private int letters;

    @Column(name = "sheet_count", nullable = false)
    private int sheets;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "composition_claimed_at")
    private Instant compositionClaimedAt;

    @Column(name = "composition_attempts", nullable = false)
    private int compositionAttempts;

    @Column(name = "composed_at")
    private Instant composedAt;

    @Column(name = "print_pages")
    private Integer printPages;

    @Embedded
    private StoredContent printFile;

    @Column(name = "print_file_expires_at")
    private Instant printFileExpiresAt;

    @Column(name = "print_file_purged_at")
    private Instant printFilePurgedAt;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @Column(name = "status_message", length = 1000)
    private String statusMessage;

    @Version
    private long version;

    protected PrintLot() {
    }

    private PrintLot(LotKey key, Instant now, int numberOfTheDay) {
        if (numberOfTheDay < 1) {
            throw new IllegalArgumentException("Lots are numbered from 1 each day");
        }
        this.key = Objects.requireNonNull(key);
        this.reference = referencePrefix(now) + String.format("%04d", numberOfTheDay);
        this.status = PrintLotStatus.COMPOSING;
        this.createdAt = now;
        this.statusAt = now;
    }

    /** A new lot at a cut-off, the {@code numberOfTheDay}-th of its day (Paris time): LOT-20261127-0003. */
    static PrintLot open(LotKey key, Instant now, int numberOfTheDay) {
        return new PrintLot(key, now, numberOfTheDay);
    }

    /** What the references of the lots built on the day of {@code at} (Paris time) start with. */
    static String referencePrefix(Instant at) {
        return "LOT-" + DAY.format(at) + "-";
    }

    /** A letter of {@code letterSheets} sheets joins the lot. */
    void add(int letterSheets) {
        requireStatus(PrintLotStatus.COMPOSING);
        letters++;
        sheets += letterSheets;
    }

    /** A letter is left out when the lot is composed (its stored content failed its integrity check). */
    void leaveOut(int letterSheets) {
        requireStatus(PrintLotStatus.COMPOSING);
        letters--;
        sheets -= letterSheets;
    }

    /** The print-ready file is stored: the lot can go to the print centre. */
    void composed(StoredContent file, int pages, Instant now) {
        requireStatus(PrintLotStatus.COMPOSING);
        this.printFile = Objects.requireNonNull(file);
        this.printPages = pages;
        this.composedAt = now;
        this.compositionClaimedAt = null;
        moveTo(letters == 0 ? PrintLotStatus.HANDED_OVER : PrintLotStatus.READY, now,
                letters == 0 ? "Aucun pli imprimable dans le lot." : null);
        if (letters == 0) {
            printFileExpiresAt = now;
        }
    }

    /**
     * The print centre reports a step for the whole lot; false when the lot is already there or further. Once the
     * lot is handed over, its print file (a copy of the letters) is kept until {@code printFileExpiry} only.
     */
    boolean advance(ProductionEvent event, Instant at, Instant printFileExpiry) {
        PrintLotStatus next = switch (event) {
            case PRINTED -> PrintLotStatus.PRINTED;
            case ENVELOPED -> PrintLotStatus.ENVELOPED;
            case HANDED_OVER -> PrintLotStatus.HANDED_OVER;
            default -> null;
        };
        if (next == null || !status.before(next)) {
            return false;
        }
        if (status == PrintLotStatus.COMPOSING) {
            throw new IllegalStateException("The lot " + reference + " is not composed yet");
        }
        moveTo(next, at, null);
        if (next == PrintLotStatus.HANDED_OVER) {
            printFileExpiresAt = printFileExpiry;
        }
        return true;
    }

    /** No letter of the lot is in production any more (each handed over or in error). */
    void allLettersOut(Instant at, Instant printFileExpiry) {
        if (status != PrintLotStatus.HANDED_OVER && status != PrintLotStatus.COMPOSING) {
            moveTo(PrintLotStatus.HANDED_OVER, at, null);
            printFileExpiresAt = printFileExpiry;
        }
    }

    /** The print file has been destroyed under the retention rules; the lot and its manifest stay. */
    public void markPrintFilePurged(Instant now) {
        if (printFileExpiresAt == null || printFileExpiresAt.isAfter(now)) {
            throw new IllegalStateException("The print file of " + reference + " is not yet due for destruction");
        }
        printFilePurgedAt = now;
    }

    private void moveTo(PrintLotStatus next, Instant at, String message) {
        this.status = next;
        this.statusAt = at;
        this.statusMessage = StatusMessage.fit(message);
    }

    private void requireStatus(PrintLotStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("The lot " + reference + " is " + status + ", not " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public LotKey key() {
        return key;
    }

    public PrintLotStatus status() {
        return status;
    }

    public int letters() {
        return letters;
    }

    public int sheets() {
        return sheets;
    }

    /** How many times composing its print file was started, this one included. */
    public int compositionAttempts() {
        return compositionAttempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant composedAt() {
        return composedAt;
    }

    public Integer printPages() {
        return printPages;
    }

    public Instant printFileExpiresAt() {
        return printFileExpiresAt;
    }

    public boolean printFilePurged() {
        return printFilePurgedAt != null;
    }

    /** The print-ready file, once composed. */
    public StoredContent printFile() {
        return printFile;
    }

    public Instant statusAt() {
        return statusAt;
    }

    public String statusMessage() {
        return statusMessage;
    }
}
