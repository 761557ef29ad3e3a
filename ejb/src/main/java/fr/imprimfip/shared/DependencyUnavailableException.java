package fr.imprimfip.shared;

import java.util.Objects;

/**
 * Something the platform relies on (the identity provider, the stored files' key) does not answer: the caller may
 * retry, and reads only that. What went wrong is the exception's message, for the node's log.
 */
public abstract non-sealed class DependencyUnavailableException extends RefusalException {

    private static final long serialVersionUID = 1L;

    protected DependencyUnavailableException(String problem, RefusalText text, String logMessage, Throwable cause) {
        super(text, Objects.requireNonNull(problem, "problem"), logMessage, cause);
    }
}
