package fr.imprimfip.lre;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/**
 * A one-time code is refused: wrong (with the attempts left on this code, 0 meaning the code is void and a new one
 * must be asked), or no new code may be sent today ({@link #isLimitReached()}). The transaction commits: the attempt
 * stays counted.
 */
@ApplicationException(rollback = false)
public class CodeRefusedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    private final int attemptsLeft;
    private final boolean limitReached;

    public CodeRefusedException(int attemptsLeft, boolean limitReached) {
        super(limitReached ? new RefusalText("Plus aucun code ne peut être envoyé aujourd'hui pour cette lettre.",
                "No more codes can be sent today for this letter.")
                : new RefusalText("Code incorrect ou expiré ; essais restants : " + Math.max(0, attemptsLeft) + ".",
                "Wrong or expired code; attempts left: " + Math.max(0, attemptsLeft) + "."));
        this.attemptsLeft = limitReached ? 0 : Math.max(0, attemptsLeft);
        this.limitReached = limitReached;
    }

    /** The code given is wrong, expired or void; {@code attemptsLeft} more tries on this code. */
    public static CodeRefusedException wrong(int attemptsLeft) {
        return new CodeRefusedException(attemptsLeft, false);
    }

    /** No more codes may be sent for this letter today. */
    public static CodeRefusedException limitReached() {
        return new CodeRefusedException(0, true);
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }

    public boolean isLimitReached() {
        return limitReached;
    }
}
