package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

/** A deposited file is larger than the platform accepts. */
@ApplicationException(rollback = true)
public class ContentTooLargeException extends RuntimeException {

    private final long maxBytes;

    public ContentTooLargeException(long maxBytes) {
        super("The file exceeds " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
