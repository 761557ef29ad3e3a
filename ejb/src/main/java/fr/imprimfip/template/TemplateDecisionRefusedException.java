package fr.imprimfip.template;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** A decision the template's state does not allow (already decided, or charter errors on a validation). */
@ApplicationException(rollback = true)
public class TemplateDecisionRefusedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public TemplateDecisionRefusedException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
