package fr.imprimfip.deposit;

import fr.imprimfip.shared.InvalidInputException;

/**
 * The rule every name a partner gives a file (its document's, each annex's) follows, whichever door it came through:
 * present, 255 characters at most (what the columns hold), a name and not a path, no control character (a CR/LF
 * would forge a log line or a header) and no double quote (it would end the quoted name of a download).
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** {@code name}, checked; {@code field} names it in the refusal, as the caller wrote it. */
    public static String require(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("Le champ " + field + " (un nom de fichier) est obligatoire.",
                    "Field " + field + " (a file name) is required.");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidInputException("Le champ " + field + " dépasse " + MAX_LENGTH + " caractères.",
                    "Field " + field + " exceeds " + MAX_LENGTH + " characters.");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\' || c == '"')) {
            throw new InvalidInputException("Le champ " + field + " est un nom de fichier : ni caractère de contrôle,"
                    + " ni / ni \\ ni guillemet.",
                    "Field " + field + " is a file name: no control character, no /, no \\ and no quotation mark.");
        }
        return name;
    }
}
