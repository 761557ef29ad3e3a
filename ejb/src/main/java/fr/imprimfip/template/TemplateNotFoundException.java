package fr.imprimfip.template;

import jakarta.ejb.ApplicationException;

/** No letter template has that id (for this partner). */
@ApplicationException(rollback = true)
public class TemplateNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateNotFoundException() {
        super("Aucune maquette ne correspond à cet identifiant.");
    }
}
