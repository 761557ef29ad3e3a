package fr.imprimfip.lre;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No electronic registered letter has this id. */
@ApplicationException(rollback = true)
public class ElectronicLetterNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public ElectronicLetterNotFoundException() {
        super(new RefusalText("Aucune lettre recommandée électronique n'a cet identifiant.",
                "No electronic registered letter has this id."));
    }
}
