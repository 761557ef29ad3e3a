package fr.imprimfip.rights;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person is searched by, and how each value is normalised before it is indexed or searched, so that the
 * ways a partner or a person writes the same thing give the same index: accents, case, punctuation and spacing do
 * not count; a name's civility and the order of its words do not either; an e-mail address is compared in lower
 * case with its domain in ASCII.
 */
public enum PersonKey {

    /** A recipient's name (first and last names, or a company's name). */
    NAME {
        @Override
        public String normalise(String value) {
            String words = plain(value);
            return Arrays.stream(words.split(" ")).filter(word -> !word.isEmpty() && !CIVILITIES.contains(word))
                    .sorted().collect(Collectors.joining(" "));
        }
    },
    /** One line of a postal address other than the name (street, building, "postcode town", country). */
    ADDRESS_LINE {
        @Override
        public String normalise(String value) {
            return plain(value);
        }
    },
    /** An e-mail address (an electronic registered letter's recipient). */
    EMAIL {
        @Override
        public String normalise(String value) {
            if (value == null) {
                return "";
            }
            String address = value.strip();
            int at = address.lastIndexOf('@');
            if (at <= 0 || at == address.length() - 1) {
                return address.toLowerCase(Locale.ROOT);
            }
            String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
            try {
                domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException notADomain) {
                // kept as written: it matches nothing the platform accepted
            }
            return address.substring(0, at).toLowerCase(Locale.ROOT) + "@" + domain;
        }
    };

    /** The longest value searched or indexed, before normalisation. */
    public static final int MAX_VALUE = 254;

    private static final Set<String> CIVILITIES = Set.of("M", "MR", "MM", "MME", "MMES", "MLLE", "MONSIEUR",
            "MADAME", "MADEMOISELLE", "MESSIEURS", "MESDAMES");

    /** The value as indexed; empty when nothing of it counts (it is then neither indexed nor searchable). */
    public abstract String normalise(String value);

    /** Capitals without accents, letters and digits only, words separated by one space. */
    static String plain(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD)
                .replace("ß", "SS").replace("Œ", "OE").replace("œ", "OE").replace("Æ", "AE").replace("æ", "AE");
        String unaccented = decomposed.replaceAll("\\p{M}+", "");
        return unaccented.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }
}
