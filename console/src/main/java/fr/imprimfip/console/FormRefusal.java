package fr.imprimfip.console;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RefusalText;

/**
 * A form field the console refuses before calling a service, shown on the page like the services' own refusals.
 * The console speaks French only, so its texts have no English.
 */
public final class FormRefusal {

    private FormRefusal() {
    }

    public static InvalidInputException of(String french) {
        return new InvalidInputException(new RefusalText(french, null));
    }
}
