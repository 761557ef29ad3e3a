package fr.imprimfip.batch;

import jakarta.ejb.ApplicationException;

/** The execution cannot be restarted: it completed, is still running, or a later one exists. */
@ApplicationException
public class JobNotRestartableException extends RuntimeException {

    public JobNotRestartableException(String message) {
        super(message);
    }
}
