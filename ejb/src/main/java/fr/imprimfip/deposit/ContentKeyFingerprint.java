package fr.imprimfip.deposit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The fingerprint of a content key (never the key), recorded the first time a node used it: every node after that
 * must hold the same key under that id, or it refuses to touch stored files.
 */
@NamedQuery(name = "ContentKeyFingerprint.all", query = "select f from ContentKeyFingerprint f")
@Entity
@Table(name = "content_key_fingerprint")
public class ContentKeyFingerprint {

    @Id
    @Column(name = "key_id", length = 64)
    private String keyId;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected ContentKeyFingerprint() {
    }

    ContentKeyFingerprint(String keyId, String fingerprint, Instant recordedAt, String recordedBy) {
        this.keyId = keyId;
        this.fingerprint = fingerprint;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String keyId() {
        return keyId;
    }

    public boolean matches(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    /** When and by which node it was recorded, for the operator reading a refusal. */
    public String provenance() {
        return "recorded " + recordedAt + " by node " + recordedBy;
    }
}
