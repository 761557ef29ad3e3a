package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/**
 * No deposit of the calling partner has this reference. Raised alike when the reference exists for another
 * partner: a partner must not learn that another partner's reference exists.
 */
@ApplicationException(rollback = true)
public class DepositNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public DepositNotFoundException() {
        super(new RefusalText("Aucun fichier ne correspond à cette référence.",
                "No file matches this reference."));
    }
}
