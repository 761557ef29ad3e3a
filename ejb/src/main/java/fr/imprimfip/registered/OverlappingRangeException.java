package fr.imprimfip.registered;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.StateConflictException;

/** A new range of registered numbers shares numbers with a range already recorded (409): a number is given once. */
@ApplicationException(rollback = true)
public class OverlappingRangeException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    /** {@code recorded}: the range already recorded, as {@link RegisteredNumberRange#describe()} tells it. */
    public OverlappingRangeException(String recorded) {
        super(new RefusalText("Cette plage chevauche la plage déjà enregistrée " + recorded
                + " : un numéro de recommandé n'est jamais donné deux fois.",
                "This range overlaps the range already recorded " + recorded
                        + ": a registered number is never given twice."));
    }
}
