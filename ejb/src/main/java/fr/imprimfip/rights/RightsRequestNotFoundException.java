package fr.imprimfip.rights;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No rights request has that reference. */
@ApplicationException(rollback = true)
public class RightsRequestNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public RightsRequestNotFoundException(String reference) {
        super(new RefusalText("Aucune demande d'exercice de droits n'a la référence « " + reference + " ».",
                "No rights request has the reference \"" + reference + "\"."));
    }
}
