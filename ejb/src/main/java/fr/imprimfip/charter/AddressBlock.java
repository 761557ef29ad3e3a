package fr.imprimfip.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The recipient's address as printed in the envelope window, checked against the postal norm the print centres
 * require: 3 to 6 lines of at most 38 characters, in capitals without accents, ending with a real French postcode
 * and its town or with a country (see {@link Destination}). The lines are read as {@link PrintedText}: a no-break
 * space or a minus glyph is not an error, an accent or an {@code Œ} still is.
 */
public record AddressBlock(List<String> lines) {

    static final int MIN_LINES = 3;
    static final int MAX_LINES = 6;
    static final int MAX_LINE_LENGTH = 38;
    private static final Pattern CAPITALS = Pattern.compile("[A-Z0-9 '\\-,./()&]+");
    private static final String FRANCE = "FRANCE";

    public AddressBlock {
        lines = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        if (lines.isEmpty()) {
            findings.add(Finding.of(CharterRule.ADDRESS_MISSING));
            return findings;
        }
        if (lines.size() < MIN_LINES || lines.size() > MAX_LINES) {
            findings.add(Finding.at(CharterRule.ADDRESS_LINE_COUNT, lines.size() + " lignes lues"));
        }
        for (int i = 0; i < lines.size(); i++) {
            String place = "ligne " + (i + 1);
            checkLine(lines.get(i)).forEach(broken -> findings.add(Finding.at(broken.rule(), place)));
        }
        findings.addAll(Destination.check(lines));
        return findings;
    }

    /**
     * One line of an address, alone: at most 38 characters (ADR-003) and capitals without accents (ADR-005). For an
     * address given as fields, before it is printed, so that the field that breaks a rule can be named.
     */
    public static List<Finding> checkLine(String line) {
        List<Finding> findings = new ArrayList<>();
        if (line.length() > MAX_LINE_LENGTH) {
            findings.add(Finding.of(CharterRule.ADDRESS_LINE_LENGTH));
        }
        if (!CAPITALS.matcher(line).matches()) {
            findings.add(Finding.of(CharterRule.ADDRESS_CHARACTERS));
        }
        return findings;
    }

    /**
     * The first line, counted from 1, where this address does not read as {@code expected}; empty when both read
     * the same. Lines are compared as the postal names are ({@link PostalNames#key}: case, accents, punctuation and
     * repeated spaces do not count, SAINT is ST), line by line as printed; a last line FRANCE after a French
     * postcode and town is ignored on either side, as La Poste ignores it.
     */
    public OptionalInt firstDifferenceFrom(List<String> expected) {
        List<String> read = keys(lines);
        List<String> wanted = keys(new AddressBlock(expected).lines());
        for (int i = 0; i < Math.max(read.size(), wanted.size()); i++) {
            if (i >= read.size() || i >= wanted.size() || !read.get(i).equals(wanted.get(i))) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    private static List<String> keys(List<String> lines) {
        List<String> keys = new ArrayList<>(lines.stream().map(PostalNames::key).toList());
        if (keys.size() > 1 && keys.get(keys.size() - 1).equals(FRANCE)) {
            keys.remove(keys.size() - 1);
        }
        return keys;
    }
}
