package fr.imprimfip.console;

import jakarta.faces.context.ExceptionHandlerFactory;

import fr.imprimfip.audit.StaleFormHandlerFactory;

/** A stale console form, or a protected page opened from elsewhere, is answered with the "link expired" page. */
public class StaleFormPage extends StaleFormHandlerFactory {

    public StaleFormPage(ExceptionHandlerFactory wrapped) {
        super(wrapped, "/erreurs/lien-expire.xhtml");
    }
}
