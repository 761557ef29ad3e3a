package fr.imprimfip.partner;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** The partner declared no application user of that name. */
@ApplicationException(rollback = true)
public class ApplicationUserNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public ApplicationUserNotFoundException(String username) {
        super(new RefusalText("Aucun utilisateur applicatif « " + username + " » n'est déclaré pour ce partenaire.",
                "The partner declared no application user \"" + username + "\"."));
    }
}
