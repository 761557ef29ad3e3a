package fr.imprimfip.web.errors;

import java.util.List;
import java.util.Locale;

/**
 * The language of the problem details of the native and staff doors: French, the platform's, unless the caller's
 * {@code Accept-Language} prefers English to it. The v1 contract's messages are French whatever is asked.
 */
public final class ProblemLanguage {

    private static final List<Locale> OFFERED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private ProblemLanguage() {
    }

    /** The language to answer in, for the value of an {@code Accept-Language} header (possibly absent). */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.FRENCH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return chosen == null ? Locale.FRENCH : chosen;
        } catch (IllegalArgumentException malformed) {
            return Locale.FRENCH;
        }
    }
}
