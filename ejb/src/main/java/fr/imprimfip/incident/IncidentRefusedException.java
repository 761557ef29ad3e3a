package fr.imprimfip.incident;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** What was asked of an incident contradicts where it stands (a phase gone back, a closure too early). */
@ApplicationException(rollback = true)
public class IncidentRefusedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public IncidentRefusedException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
