package fr.imprimfip.shared;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.DependencyUnavailableException;
import fr.imprimfip.shared.RefusalText;

/**
 * Stored files cannot be read nor written on this node: its content key store is missing, or is not the one the
 * database records. Nothing is marked altered for it; the work waits for a node with the right key.
 */
@ApplicationException(rollback = true)
public class ContentKeyUnavailableException extends DependencyUnavailableException {

    private static final long serialVersionUID = 1L;

    // why is in the node's log, not in the answer: the caller may retry on another node or later
    private static final RefusalText RETRY = new RefusalText(
            "Les fichiers stockés sont momentanément indisponibles sur ce serveur ; réessayez plus tard.",
            "Stored files are unavailable on this server for now; try again later.");

    public ContentKeyUnavailableException(String reason) {
        super("content-unavailable", RETRY, "Stored files are unavailable on this node: " + reason, null);
    }
}
