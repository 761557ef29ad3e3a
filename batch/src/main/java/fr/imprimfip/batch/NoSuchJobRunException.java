package fr.imprimfip.batch;

import jakarta.ejb.ApplicationException;

/** No execution of the platform's jobs has this id. */
@ApplicationException
public class NoSuchJobRunException extends RuntimeException {

    public NoSuchJobRunException(long executionId) {
        super("No job execution " + executionId);
    }
}
