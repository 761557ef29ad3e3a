package fr.imprimfip.batch;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** The execution cannot be restarted: it completed, is still running, or a later one exists. */
@ApplicationException
public class JobNotRestartableException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    /**
     * The reasons complete "Cette exécution ne peut pas être relancée : ..." and "This run cannot be restarted: ...".
     */
    public JobNotRestartableException(String frenchReason, String englishReason) {
        super(new RefusalText("Cette exécution ne peut pas être relancée : " + frenchReason,
                "This run cannot be restarted: " + englishReason));
    }
}
