package fr.imprimfip.lre;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** A bounce reported for a letter whose recipient already decided, or whose delivery already ended. */
@ApplicationException(rollback = true)
public class LetterAlreadyEndedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public LetterAlreadyEndedException(LetterState state) {
        super(new RefusalText("La lettre recommandée électronique est déjà dans l'état " + state
                + " : un retour de non-distribution ne la change plus.",
                "The electronic registered letter is already " + state + ": a bounce no longer changes it."));
    }
}
