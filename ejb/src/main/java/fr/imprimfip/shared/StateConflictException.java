package fr.imprimfip.shared;

/**
 * The request is well formed, but what it names is not in a state that allows it: a convention that ended, a
 * statement already issued, a letter already handed over (409, unless it names a more precise problem).
 */
public abstract non-sealed class StateConflictException extends RefusalException {

    private static final long serialVersionUID = 1L;

    protected StateConflictException(RefusalText text) {
        this(text, null);
    }

    protected StateConflictException(RefusalText text, String problem) {
        super(text, problem, null, null);
    }
}
