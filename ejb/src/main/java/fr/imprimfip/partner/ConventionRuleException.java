package fr.imprimfip.partner;

import jakarta.ejb.ApplicationException;

/** What the convention's rules do not allow in the partner's present state, and why. */
@ApplicationException(rollback = true)
public class ConventionRuleException extends RuntimeException {

    public ConventionRuleException(String message) {
        super(message);
    }
}
