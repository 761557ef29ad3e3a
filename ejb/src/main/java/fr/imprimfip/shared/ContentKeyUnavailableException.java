package fr.imprimfip.shared;

import jakarta.ejb.ApplicationException;

/**
 * Stored files cannot be read nor written on this node: its content key store is missing, or is not the one the
 * database records. Nothing is marked altered for it; the work waits for a node with the right key.
 */
@ApplicationException(rollback = true)
public class ContentKeyUnavailableException extends RuntimeException {

    public ContentKeyUnavailableException(String reason) {
        super("Stored files are unavailable on this node: " + reason);
    }
}
