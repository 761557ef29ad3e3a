package fr.imprimfip.batch;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** The execution cannot be restarted: it completed, is still running, or a later one exists. */
@ApplicationException
public class JobNotRestartableException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    /** {@code reason} completes "cette exécution ne peut pas être relancée : ...". */
    public JobNotRestartableException(String reason) {
        super(RefusalText.french("Cette exécution ne peut pas être relancée : " + reason));
    }
}
