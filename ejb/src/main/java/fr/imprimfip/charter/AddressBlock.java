package fr.imprimfip.charter;

import java.util.ArrayList;
import java.util.List;
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
            String line = lines.get(i);
            if (line.length() > MAX_LINE_LENGTH) {
                findings.add(Finding.at(CharterRule.ADDRESS_LINE_LENGTH, "ligne " + (i + 1)));
            }
            if (!CAPITALS.matcher(line).matches()) {
                findings.add(Finding.at(CharterRule.ADDRESS_CHARACTERS, "ligne " + (i + 1)));
            }
        }
        findings.addAll(Destination.check(lines));
        return findings;
    }
}
