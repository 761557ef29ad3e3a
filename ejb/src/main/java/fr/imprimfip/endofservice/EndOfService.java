package fr.imprimfip.endofservice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import fr.imprimfip.deposit.StoredContent;

/**
 * The end of one partner's service: its written choice, recorded once by an administrator; for a return, the archive
 * waiting for its one download; then the destruction of its data and the certificate of it, kept.
 */
@NamedQuery(name = "EndOfService.ofPartner", query = "select e from EndOfService e where e.partnerId = :partner")
@NamedQuery(name = "EndOfService.depositsOfPartner", query = "select d from Deposit d where d.partner.id = :partner"
        + " and d.id > :after order by d.id")
@NamedQuery(name = "EndOfService.depositIdsOfPartner", query = "select d.id from Deposit d"
        + " where d.partner.id = :partner order by d.id")
@Entity
@Table(name = "end_of_service")
public class EndOfService {

    static final int MAX_REFERENCE = 255;
    static final int MAX_ACTOR = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false, unique = true)
    private long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private EndOfServiceChoice choice;

    /** The reference of the partner's written choice (its letter, its registered e-mail...). */
    @Column(name = "written_reference", nullable = false, length = MAX_REFERENCE)
    private String writtenReference;

    @Column(name = "recorded_by", nullable = false, length = MAX_ACTOR)
    private String recordedBy;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private EndOfServiceStatus status;

    @Embedded
    @AttributeOverride(name = "storageKey", column = @Column(name = "archive_storage_key", length = 255))
    @AttributeOverride(name = "sizeBytes", column = @Column(name = "archive_size_bytes"))
    @AttributeOverride(name = "sha256", column = @Column(name = "archive_sha256", length = 64))
    private StoredContent archive;

    @Column(name = "archive_ready_at")
    private Instant archiveReadyAt;

    @Column(name = "downloaded_at")
    private Instant downloadedAt;

    @Column(name = "destroyed_at")
    private Instant destroyedAt;

    @Embedded
    @AttributeOverride(name = "storageKey", column = @Column(name = "certificate_storage_key", length = 255))
    @AttributeOverride(name = "sizeBytes", column = @Column(name = "certificate_size_bytes"))
    @AttributeOverride(name = "sha256", column = @Column(name = "certificate_sha256", length = 64))
    private StoredContent certificate;

    @Version
    private long version;

    protected EndOfService() {
    }

    private EndOfService(long partnerId, EndOfServiceChoice choice, String writtenReference, String recordedBy,
                         Instant at) {
        this.partnerId = partnerId;
        this.choice = Objects.requireNonNull(choice, "choice");
        this.writtenReference = text(writtenReference, MAX_REFERENCE, "writtenReference");
        this.recordedBy = text(recordedBy, MAX_ACTOR, "recordedBy");
        this.chosenAt = Objects.requireNonNull(at);
        this.status = EndOfServiceStatus.CHOSEN;
    }

    /** The partner's written choice, recorded by {@code recordedBy}. */
    public static EndOfService choose(long partnerId, EndOfServiceChoice choice, String writtenReference,
                                      String recordedBy, Instant at) {
        return new EndOfService(partnerId, choice, writtenReference, recordedBy, at);
    }

    private static String text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new WrittenChoiceInvalidException("Obligatoire : " + what + ".", "Required: " + what + ".");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new WrittenChoiceInvalidException("Trop long (" + max + " caractères au plus) : " + what + ".",
                    "Too long (at most " + max + " characters): " + what + ".");
        }
        return trimmed;
    }

    /** The return archive is stored and may be downloaded, once. */
    public void archiveReady(StoredContent stored, Instant at) {
        if (choice != EndOfServiceChoice.RETURN || status != EndOfServiceStatus.CHOSEN) {
            throw new IllegalStateException("an archive is built once, for a return");
        }
        this.archive = Objects.requireNonNull(stored);
        this.archiveReadyAt = at;
        this.status = EndOfServiceStatus.ARCHIVE_READY;
    }

    /** Whether the archive waits for its download. */
    public boolean archiveDownloadable() {
        return status == EndOfServiceStatus.ARCHIVE_READY;
    }

    /** Whether the archive was given already (downloaded, or destroyed since). */
    public boolean archiveGone() {
        return choice == EndOfServiceChoice.RETURN && (status == EndOfServiceStatus.DOWNLOADED
                || status == EndOfServiceStatus.DESTROYED);
    }

    /** The partner takes its archive: the one download. */
    public StoredContent downloaded(Instant at) {
        if (!archiveDownloadable()) {
            throw new IllegalStateException("the archive is downloaded once, when it is ready");
        }
        this.downloadedAt = at;
        this.status = EndOfServiceStatus.DOWNLOADED;
        return archive;
    }

    /**
     * Whether the partner's data is due for destruction: at once for a destruction, after the download of a
     * return.
     */
    public boolean destructionDue() {
        return choice == EndOfServiceChoice.DESTRUCTION ? status == EndOfServiceStatus.CHOSEN
                : status == EndOfServiceStatus.DOWNLOADED;
    }

    /** Every copy is destroyed (the archive's included); the certificate is kept. */
    public void destroyed(StoredContent certificateKept, Instant at) {
        if (!destructionDue()) {
            throw new IllegalStateException("destruction not due in status " + status);
        }
        this.certificate = Objects.requireNonNull(certificateKept);
        this.destroyedAt = at;
        this.status = EndOfServiceStatus.DESTROYED;
    }

    public Long id() {
        return id;
    }

    public long partnerId() {
        return partnerId;
    }

    public EndOfServiceChoice choice() {
        return choice;
    }

    public String writtenReference() {
        return writtenReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant chosenAt() {
        return chosenAt;
    }

    public EndOfServiceStatus status() {
        return status;
    }

    public Optional<StoredContent> archive() {
        return Optional.ofNullable(archive);
    }

    public Optional<Instant> archiveReadyAt() {
        return Optional.ofNullable(archiveReadyAt);
    }

    public Optional<Instant> downloadedAt() {
        return Optional.ofNullable(downloadedAt);
    }

    public Optional<Instant> destroyedAt() {
        return Optional.ofNullable(destroyedAt);
    }

    public Optional<StoredContent> certificate() {
        return Optional.ofNullable(certificate);
    }
}
