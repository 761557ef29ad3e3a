package fr.imprimfip.endofservice;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/**
 * The end of service cannot be recorded now: the convention has not ended nor is under notice, the partner's data is
 * on legal hold, or the choice was recorded already (409).
 */
@ApplicationException(rollback = true)
public class EndOfServiceConflictException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public EndOfServiceConflictException(String french, String english) {
        super(new RefusalText(french, english));
    }
}
