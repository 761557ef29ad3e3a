package fr.imprimfip.recipient;

import jakarta.faces.context.ExceptionHandlerFactory;

import fr.imprimfip.audit.StaleFormHandlerFactory;

/** A recipient's form posted once the session ended is answered with the "session ended" page. */
public class StaleFormPage extends StaleFormHandlerFactory {

    public StaleFormPage(ExceptionHandlerFactory wrapped) {
        super(wrapped, "/session-terminee.xhtml");
    }
}
