package fr.imprimfip.deposit;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;

/** The deposit has no document at this position. */
@ApplicationException(rollback = true)
public class DocumentNotFoundException extends ResourceNotFoundException {

    private static final long serialVersionUID = 1L;

    public DocumentNotFoundException(int position) {
        super(new RefusalText("Aucun document à cette position dans le fichier.",
                "The file has no document at position " + position + "."));
    }
}
