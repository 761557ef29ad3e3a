package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RefusalText;

/** A deposited file is larger than the platform accepts. */
@ApplicationException(rollback = true)
public class ContentTooLargeException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public ContentTooLargeException(long maxBytes) {
        super(new RefusalText("Le fichier dépasse la taille maximale de " + maxBytes / (1024 * 1024) + " Mo.",
                "The file exceeds the maximum size of " + maxBytes / (1024 * 1024) + " MB."), "payload-too-large");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
