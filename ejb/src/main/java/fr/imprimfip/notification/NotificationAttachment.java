package fr.imprimfip.notification;

import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file sent with a notification (a PDF notice, say), kept in the outbox with it until it is sent and after. */
@Entity
@Table(name = "notification_attachment")
public class NotificationAttachment {

    /** The largest file an e-mail of the platform carries. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notification_id", nullable = false)
    private Notification notification;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, length = MAX_BYTES)
    private byte[] content;

    protected NotificationAttachment() {
    }

    NotificationAttachment(Notification notification, Attachment attachment) {
        this.notification = Objects.requireNonNull(notification);
        this.fileName = attachment.fileName();
        this.mediaType = attachment.mediaType();
        this.content = attachment.content();
        this.sizeBytes = content.length;
    }

    /** What is attached, as the mail is built from it. */
    public Attachment attachment() {
        return new Attachment(fileName, mediaType, content);
    }

    public String fileName() {
        return fileName;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    /** A file to attach: a safe file name (200 characters at most), its media type, at most 5 MB of content. */
    public record Attachment(String fileName, String mediaType, byte[] content) {

        public Attachment {
            if (fileName == null || !fileName.matches("[A-Za-z0-9._-]{1,200}")) {
                throw new IllegalArgumentException("an attachment's name is 1 to 200 safe characters");
            }
            if (mediaType == null || !mediaType.matches("[a-z]+/[a-z0-9.+-]{1,90}")) {
                throw new IllegalArgumentException("an attachment has a media type");
            }
            if (content == null || content.length == 0 || content.length > MAX_BYTES) {
                throw new IllegalArgumentException("an attachment holds 1 byte to 5 MB");
            }
        }
    }
}
