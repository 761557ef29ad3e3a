package fr.imprimfip.partner;

import jakarta.ejb.ApplicationException;

/** No partner holds a credential with that client id. */
@ApplicationException(rollback = true)
public class PartnerNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PartnerNotFoundException(String clientId) {
        super("Aucun partenaire n'a l'identifiant technique « " + clientId + " ».");
    }
}
