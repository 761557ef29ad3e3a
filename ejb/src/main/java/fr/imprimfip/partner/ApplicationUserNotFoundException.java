package fr.imprimfip.partner;

import jakarta.ejb.ApplicationException;

/** The partner declared no application user of that name. */
@ApplicationException(rollback = true)
public class ApplicationUserNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApplicationUserNotFoundException(String username) {
        super("Aucun utilisateur applicatif « " + username + " » n'est déclaré pour ce partenaire.");
    }
}
