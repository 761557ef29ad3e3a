package fr.imprimfip.access;

import jakarta.ejb.ApplicationException;

/** No maintenance window has that id. */
@ApplicationException(rollback = true)
public class MaintenanceWindowNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MaintenanceWindowNotFoundException() {
        super("Aucune fenêtre de maintenance ne porte cet identifiant.");
    }
}
