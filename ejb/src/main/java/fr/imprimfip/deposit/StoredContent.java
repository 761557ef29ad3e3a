package fr.imprimfip.deposit;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a deposited file's bytes are kept, how many there are and their SHA-256 digest (hex). */
@Embeddable
public class StoredContent {

    @Column(name = "storage_key", nullable = false, length = 255)
    private String storageKey;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected StoredContent() {
    }

    public StoredContent(String storageKey, long sizeBytes, String sha256) {
        this.storageKey = Objects.requireNonNull(storageKey);
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 digest is 64 lowercase hex digits");
        }
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }
}
