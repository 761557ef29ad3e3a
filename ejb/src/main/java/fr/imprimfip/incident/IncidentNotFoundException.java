package fr.imprimfip.incident;

import jakarta.ejb.ApplicationException;

/** No incident has that reference. */
@ApplicationException(rollback = true)
public class IncidentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IncidentNotFoundException(String reference) {
        super("Aucun incident n'a la référence « " + reference + " ».");
    }
}
