package fr.imprimfip.charter;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text read from a page as the partner typed it rather than as the producer encoded it. Producers write the same
 * hyphen, space or word as different characters: Ghostscript's ISOLatin1Encoding names "-" the glyph {@code minus}
 * (U+2212), word processors put no-break spaces and non-breaking hyphens, ligatures and invisible characters, a CSV
 * read as it was saved brings its byte order mark. Business references and address lines are compared after this
 * normalisation.
 *
 * <p>It changes how a character is encoded, never which letter is printed: accented capitals and {@code Œ} are kept
 * as they are, since the address rule refuses them on purpose (they are printed as such and the sorting machines
 * read them badly).
 */
public final class PrintedText {

    // U+2011 (non-breaking hyphen) and U+FE58, U+FE63, U+FF0D become U+2010, U+2014 or "-" under NFKC first
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    // the typographic apostrophe a word processor puts in "L'EGLISE", and Ghostscript's quoteright for "'"
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BC]");

    private PrintedText() {
    }

    /**
     * The text in NFKC (which also expands the ligatures ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ), every dash as "-", every space as
     * " ", apostrophes as "'", soft hyphens and zero-width characters dropped.
     */
    public static String normalise(CharSequence text) {
        if (plainAscii(text)) {
            return text.toString(); // most pages: nothing to change, and every page of a large file is read
        }
        String visible = INVISIBLE.matcher(text).replaceAll("");
        String compatible = Normalizer.normalize(visible, Normalizer.Form.NFKC);
        String dashes = DASHES.matcher(compatible).replaceAll("-");
        String spaces = SPACES.matcher(dashes).replaceAll(" ");
        return APOSTROPHES.matcher(spaces).replaceAll("'");
    }

    private static boolean plainAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '\t') {
                return false;
            }
        }
        return true;
    }
}
