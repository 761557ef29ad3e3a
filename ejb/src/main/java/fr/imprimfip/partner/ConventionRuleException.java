package fr.imprimfip.partner;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** What the convention's rules do not allow in the partner's present state, and why. */
@ApplicationException(rollback = true)
public class ConventionRuleException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public ConventionRuleException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
