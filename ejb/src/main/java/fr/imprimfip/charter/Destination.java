package fr.imprimfip.charter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of an address, which routes the letter: a French postcode with its town, checked against the postcode
 * base, or a foreign country. A French address may end with a FRANCE line after its postcode and town (NF Z 10-011
 * writes it only on mail posted abroad; La Poste ignores it on mail posted in France).
 */
final class Destination {

    private static final Pattern POSTCODE_TOWN = Pattern.compile("(\\d{5}) +(\\D.*)");
    private static final Pattern CEDEX = Pattern.compile("(.+) CEDEX( \\d{1,3})?");
    /** Saint-Barthélemy, Saint-Martin, Monaco, the TAAF, Wallis-et-Futuna, French Polynesia, New Caledonia. */
    private static final Pattern OUTSIDE_BASE = Pattern.compile("97133|97150|98[04678]\\d\\d");
    static final int LABELS_SHOWN = 5;

    private Destination() {
    }

    static List<Finding> check(List<String> lines) {
        int last = lines.size() - 1;
        if (Countries.foreign(lines.get(last))) {
            return List.of();
        }
        boolean franceAfterTown = Countries.french(lines.get(last)) && last > 0
                && POSTCODE_TOWN.matcher(lines.get(last - 1)).matches();
        return postcodeAndTown(lines, franceAfterTown ? last - 1 : last);
    }

    /** Where the line is said by its number only: the finding is kept, the recipient's address is not. */
    private static List<Finding> postcodeAndTown(List<String> lines, int index) {
        Matcher postcodeTown = POSTCODE_TOWN.matcher(lines.get(index));
        if (!postcodeTown.matches()) {
            return List.of(Finding.at(CharterRule.ADDRESS_LAST_LINE, "ligne " + (index + 1)));
        }
        String postcode = postcodeTown.group(1);
        String town = PostalNames.key(postcodeTown.group(2));
        Matcher cedex = CEDEX.matcher(town);
        List<String> labels = PostalCodes.labels(postcode);
        if (labels.isEmpty()) {
            if (cedex.matches()) {
                return List.of(Finding.at(CharterRule.ADDRESS_CEDEX_UNVERIFIED, postcode));
            }
            if (OUTSIDE_BASE.matcher(postcode).matches()) {
                return List.of(Finding.at(CharterRule.ADDRESS_OVERSEAS_UNVERIFIED, postcode));
            }
            return List.of(Finding.at(CharterRule.ADDRESS_POSTCODE_UNKNOWN, postcode));
        }
        String routed = cedex.matches() ? cedex.group(1) : town;
        boolean known = PostalCodes.keys(postcode).stream().anyMatch(l -> l.equals(town) || l.equals(routed));
        return known ? List.of() : List.of(Finding.at(CharterRule.ADDRESS_TOWN_MISMATCH, expected(postcode, labels)));
    }

    /** "attendu pour 75008 : PARIS", or the first labels and how many more when a postcode serves many towns. */
    private static String expected(String postcode, List<String> labels) {
        String shown = String.join(", ", labels.subList(0, Math.min(LABELS_SHOWN, labels.size())));
        int more = labels.size() - LABELS_SHOWN;
        return "attendu pour " + postcode + " : " + shown + (more > 0 ? " et " + more + " autres" : "");
    }
}
