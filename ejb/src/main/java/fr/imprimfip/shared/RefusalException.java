package fr.imprimfip.shared;

import java.util.Optional;

import jakarta.ejb.ApplicationException;

/**
 * The kinds of refusal that are no input error. Its message is the French text the caller reads, unless a kind
 * keeps an internal detail for the logs. An application exception for every subclass (inherited): an EJB hands it
 * over as thrown, rolling its transaction back, instead of logging it as a failed invocation with its stack trace.
 */
@ApplicationException(rollback = true)
public abstract sealed class RefusalException extends RuntimeException implements Refusal
        permits ResourceNotFoundException, StateConflictException, AccessRefusedException,
        DependencyUnavailableException {

    private static final long serialVersionUID = 1L;

    private final RefusalText text;
    private final String problem;

    RefusalException(RefusalText text, String problem, String logMessage, Throwable cause) {
        super(logMessage == null ? text.french() : logMessage, cause);
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
