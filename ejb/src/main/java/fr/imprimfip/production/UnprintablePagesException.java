package fr.imprimfip.production;

import java.io.IOException;

/**
 * A deposited file whose pages the print file cannot take as the analysis read them: a letter would lose pages or
 * take its neighbour's. The message says what was found, never what the file holds.
 */
final class UnprintablePagesException extends IOException {

    UnprintablePagesException(String message) {
        super(message);
    }
}
