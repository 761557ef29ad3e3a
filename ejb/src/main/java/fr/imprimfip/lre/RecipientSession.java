package fr.imprimfip.lre;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A recipient identified by link and code: the hash of the opaque id their browser holds, and its last use. */
@NamedQuery(name = "RecipientSession.byHash", query = "select s from RecipientSession s where s.sessionHash = :hash")
@Entity
@Table(name = "lre_session")
public class RecipientSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "letter_id", nullable = false)
    private long letterId;

    @Column(name = "session_hash", nullable = false, length = 64)
    private String sessionHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected RecipientSession() {
    }

    RecipientSession(long letterId, String sessionHash, Instant now) {
        this.letterId = letterId;
        this.sessionHash = sessionHash;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    /** Whether the session is still alive at {@code now}; if so, it is touched (idle expiry restarts). */
    boolean touch(Instant now) {
        if (!now.isBefore(lastSeenAt.plus(LreTerms.SESSION_IDLE))) {
            return false;
        }
        lastSeenAt = now;
        return true;
    }

    public long letterId() {
        return letterId;
    }
}
