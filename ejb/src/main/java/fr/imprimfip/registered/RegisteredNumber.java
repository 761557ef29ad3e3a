package fr.imprimfip.registered;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A registered item's number as La Poste and the postal operators of the UPU use it (S10 scheme): two capital letters
 * (the service indicator), an eight-digit serial, a check digit, and the two-letter country code of the operator
 * that issued it, e.g. {@code AA473124829GB}. The check digit: the eight digits weighted 8, 6, 4, 2, 3, 5, 9, 7, then
 * {@code 11 - (sum mod 11)}, 10 giving 0 and 11 giving 5.
 */
public record RegisteredNumber(String serviceIndicator, int serial, String country) {

    public static final int LENGTH = 13;
    /** The highest eight-digit serial. */
    public static final int MAX_SERIAL = 99_999_999;
    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    public RegisteredNumber {
        if (!twoCapitals(serviceIndicator)) {
            throw new InvalidInputException("L'indicateur de service d'un numéro de recommandé est fait de deux"
                    + " lettres majuscules (ex. : « 1A » est refusé, « AA » est accepté).",
                    "A registered number's service indicator is two capital letters (e.g. \"AA\").");
        }
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new InvalidInputException("Le numéro de série d'un numéro de recommandé a huit chiffres"
                    + " (0 à 99999999).", "A registered number's serial has eight digits (0 to 99999999).");
        }
        if (!twoCapitals(country)) {
            throw new InvalidInputException("Le code pays d'un numéro de recommandé est fait de deux lettres"
                    + " majuscules (ex. : « FR »).",
                    "A registered number's country code is two capital letters (e.g. \"FR\").");
        }
    }

    /** Reads a thirteen-character number, refusing a wrong length, letters or digits out of place, or check digit. */
    public static RegisteredNumber parse(String text) {
        if (text == null || text.length() != LENGTH) {
            throw new InvalidInputException("Un numéro de recommandé a 13 caractères : deux lettres, neuf chiffres,"
                    + " deux lettres (ex. : AA473124829GB).",
                    "A registered number has 13 characters: two letters, nine digits, two letters"
                            + " (e.g. AA473124829GB).");
        }
        for (int i = 2; i < 11; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new InvalidInputException("Les caractères 3 à 11 d'un numéro de recommandé sont des chiffres.",
                        "Characters 3 to 11 of a registered number are digits.");
            }
        }
        RegisteredNumber number = new RegisteredNumber(text.substring(0, 2), Integer.parseInt(text.substring(2, 10)),
                text.substring(11));
        if (text.charAt(10) - '0' != number.checkDigit()) {
            throw new InvalidInputException("La clé de contrôle du numéro de recommandé « " + text
                    + " » est fausse.", "The check digit of registered number \"" + text + "\" is wrong.");
        }
        return number;
    }

    /** Whether {@code text} is a well-formed number with the right check digit. */
    public static boolean valid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** The S10 check digit of an eight-digit serial. */
    public static int checkDigit(int serial) {
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("An S10 serial has eight digits");
        }
        int sum = 0;
        int rest = serial;
        for (int i = WEIGHTS.length - 1; i >= 0; i--) {
            sum += (rest % 10) * WEIGHTS[i];
            rest /= 10;
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }

    public int checkDigit() {
        return checkDigit(serial);
    }

    /** The thirteen characters, e.g. {@code AA473124829GB}. */
    public String format() {
        return serviceIndicator + String.format("%08d", serial) + checkDigit() + country;
    }

    /** The number as it is printed for a reader: {@code AA 4731 2482 9 GB}. */
    public String spaced() {
        String serialText = String.format("%08d", serial);
        return serviceIndicator + " " + serialText.substring(0, 4) + " " + serialText.substring(4) + " "
                + checkDigit() + " " + country;
    }

    @Override
    public String toString() {
        return format();
    }

    static boolean twoCapitals(String text) {
        return text != null && text.length() == 2 && capital(text.charAt(0)) && capital(text.charAt(1));
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
