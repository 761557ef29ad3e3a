package fr.imprimfip.shared;

import java.util.Optional;

import jakarta.ejb.ApplicationException;

/**
 * A value refused by the rule of the domain it belongs to (a window ending before it starts, a quota of zero, a
 * malformed address range), with a message written for the person who typed it (400, unless it names a more
 * precise problem). An {@link IllegalArgumentException}, so that parsing code may keep treating it as one.
 */
@ApplicationException(rollback = true)
public non-sealed class InvalidInputException extends IllegalArgumentException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final RefusalText text;
    private final String problem;

    public InvalidInputException(String french, String english) {
        this(new RefusalText(french, english));
    }

    public InvalidInputException(RefusalText text) {
        this(text, null);
    }

    protected InvalidInputException(RefusalText text, String problem) {
        super(text.french());
        this.text = text;
        this.problem = problem;
    }

    @Override
    public RefusalText text() {
        return text;
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
