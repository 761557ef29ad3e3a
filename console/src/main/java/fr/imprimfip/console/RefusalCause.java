package fr.imprimfip.console;

import fr.imprimfip.shared.Refusal;

/**
 * The refusal behind a failure of an EJB call: the container hands application exceptions over as thrown, but
 * wraps any other in an {@code EJBException}, so the refusal may sit a few causes deep.
 */
final class RefusalCause {

    private static final int DEPTH = 8;

    private RefusalCause() {
    }

    static Refusal of(Throwable failure) {
        Throwable current = failure;
        for (int i = 0; current != null && i < DEPTH; i++) {
            if (current instanceof Refusal refusal) {
                return refusal;
            }
            current = current.getCause();
        }
        return null;
    }
}
