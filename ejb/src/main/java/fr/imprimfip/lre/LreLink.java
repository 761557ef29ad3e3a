package fr.imprimfip.lre;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The link one e-mail carries to the recipient pages. Its token is generated when the e-mail is composed, and only
 * its SHA-256 is kept; composing the e-mail again (a retry) replaces the token, so the link of the e-mail that
 * finally went out is the valid one. Single use (consumed when the recipient's code is verified), expiring.
 */
@NamedQuery(name = "LreLink.byHash", query = "select k from LreLink k where k.tokenHash = :hash")
@NamedQuery(name = "LreLink.ofMessage", query = "select k from LreLink k where k.messageId = :message")
@Entity
@Table(name = "lre_link")
public class LreLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "letter_id", nullable = false)
    private long letterId;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected LreLink() {
    }

    LreLink(long letterId, long messageId) {
        this.letterId = letterId;
        this.messageId = messageId;
    }

    /** The token of the e-mail being composed (its hash), valid until {@code expiresAt}. */
    void issue(String hash, Instant now, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(hash);
        this.issuedAt = now;
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.usedAt = null;
    }

    /** Why the link cannot be followed at {@code now}; null while it can. */
    LinkRefusedException.Reason refusalAt(Instant now) {
        if (usedAt != null) {
            return LinkRefusedException.Reason.USED;
        }
        if (expiresAt == null || !now.isBefore(expiresAt)) {
            return LinkRefusedException.Reason.EXPIRED;
        }
        return null;
    }

    /** The recipient proved who they are through this link: it is used up. */
    void use(Instant now) {
        usedAt = now;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public long letterId() {
        return letterId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
