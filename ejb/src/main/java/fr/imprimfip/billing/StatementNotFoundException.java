package fr.imprimfip.billing;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** No statement has this id. */
@ApplicationException(rollback = true)
public class StatementNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public StatementNotFoundException(long id) {
        super(new RefusalText("Aucun relevé n° " + id + ".",
                "No statement number " + id + "."));
    }
}
