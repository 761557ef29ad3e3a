package fr.imprimfip.template;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No letter template has that id (for this partner). */
@ApplicationException(rollback = true)
public class TemplateNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public TemplateNotFoundException() {
        super(new RefusalText("Aucune maquette ne correspond à cet identifiant.",
                "No letter template has this id."));
    }
}
