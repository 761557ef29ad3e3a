package fr.imprimfip.incident;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No incident has that reference. */
@ApplicationException(rollback = true)
public class IncidentNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public IncidentNotFoundException(String reference) {
        super(new RefusalText("Aucun incident n'a la référence « " + reference + " ».",
                "No incident has the reference \"" + reference + "\"."));
    }
}
