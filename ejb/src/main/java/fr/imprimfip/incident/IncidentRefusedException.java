package fr.imprimfip.incident;

import jakarta.ejb.ApplicationException;

/** What was asked of an incident contradicts where it stands (a phase gone back, a closure too early). */
@ApplicationException(rollback = true)
public class IncidentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IncidentRefusedException(String reason) {
        super(reason);
    }
}
