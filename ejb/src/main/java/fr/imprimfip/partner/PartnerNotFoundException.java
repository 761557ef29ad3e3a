package fr.imprimfip.partner;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No partner holds a credential with that client id. */
@ApplicationException(rollback = true)
public class PartnerNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public PartnerNotFoundException(String clientId) {
        super(new RefusalText("Aucun partenaire n'a l'identifiant technique « " + clientId + " ».",
                "No partner has the client id \"" + clientId + "\"."));
    }
}
