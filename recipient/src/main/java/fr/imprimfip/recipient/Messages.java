package fr.imprimfip.recipient;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The success and error messages the page template shows above the content. */
final class Messages {

    private Messages() {
    }

    static void success(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
