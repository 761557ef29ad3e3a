package fr.imprimfip.batch;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No execution of the platform's jobs has this id. */
@ApplicationException
public class NoSuchJobRunException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public NoSuchJobRunException(long executionId) {
        super(new RefusalText("Aucune exécution ne correspond à cet identifiant.",
                "No job execution has this id."));
    }
}
