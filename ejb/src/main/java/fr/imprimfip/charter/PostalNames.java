package fr.imprimfip.charter;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which two spellings of a town or a country are compared: capitals without accents, punctuation as
 * spaces, SAINT and SAINTE as the ST and STE that La Poste writes when a label is too long.
 */
final class PostalNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]+");

    private PostalNames() {
    }

    /** "Saint-Denis-lès-Bourg" and "ST DENIS LES BOURG" have the same key. */
    static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toUpperCase(Locale.ROOT);
        String spaced = NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").strip();
        return (" " + spaced + " ").replace(" SAINTE ", " STE ").replace(" SAINT ", " ST ").strip();
    }
}
