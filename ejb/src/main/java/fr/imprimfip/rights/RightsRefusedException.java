package fr.imprimfip.rights;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** A step of a rights request that the letters' state does not allow now (a letter being printed, a legal hold). */
@ApplicationException(rollback = true)
public class RightsRefusedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public RightsRefusedException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
