package fr.imprimfip.access;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No maintenance window has that id. */
@ApplicationException(rollback = true)
public class MaintenanceWindowNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public MaintenanceWindowNotFoundException() {
        super(new RefusalText("Aucune fenêtre de maintenance ne porte cet identifiant.",
                "No maintenance window has this id."));
    }
}
