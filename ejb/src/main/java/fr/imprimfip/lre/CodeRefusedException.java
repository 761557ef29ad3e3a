package fr.imprimfip.lre;

import jakarta.ejb.ApplicationException;

/**
 * A one-time code is refused: wrong (with the attempts left on this code, 0 meaning the code is void and a new one
 * must be asked), or no new code may be sent today ({@link #limitReached()}).
 */
@ApplicationException(rollback = false)
public class CodeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int attemptsLeft;
    private final boolean limitReached;

    private CodeRefusedException(String message, int attemptsLeft, boolean limitReached) {
        super(message);
        this.attemptsLeft = attemptsLeft;
        this.limitReached = limitReached;
    }

    /** The code given is wrong, expired or void; {@code attemptsLeft} more tries on this code. */
    public static CodeRefusedException wrong(int attemptsLeft) {
        return new CodeRefusedException("code refused, attempts left: " + attemptsLeft, Math.max(0, attemptsLeft),
                false);
    }

    /** No more codes may be sent for this letter today. */
    public static CodeRefusedException limitReached() {
        return new CodeRefusedException("code limit reached", 0, true);
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }

    public boolean isLimitReached() {
        return limitReached;
    }
}
