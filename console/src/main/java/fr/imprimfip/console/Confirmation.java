package fr.imprimfip.console;

import java.io.Serializable;
import java.util.Objects;

/**
 * The second step every destructive action of the console takes: a first button asks, the page then shows what
 * will happen with a button that confirms and one that cancels; only the confirming button acts. Kept by a
 * view-scoped page, so a confirmation never outlives the page that asked for it.
 */
public class Confirmation implements Serializable {

    private static final long serialVersionUID = 1L;

    private String pending;

    /** Asks to confirm {@code action} (a name the page chooses, e.g. {@code "suspendre"}). */
    public void ask(String action) {
        pending = Objects.requireNonNull(action);
    }

    public boolean isAsked(String action) {
        return action.equals(pending);
    }

    public boolean isAnyAsked() {
        return pending != null;
    }

    /** True, once, when {@code action} was the one asked: the page then acts; the confirmation is spent. */
    public boolean confirm(String action) {
        boolean asked = isAsked(action);
        pending = null;
        return asked;
    }

    public void cancel() {
        pending = null;
    }
}
