package fr.imprimfip.registered;

import java.util.ArrayList;
import java.util.List;

/**
 * A postal address as the v1 contract carries it: the name (first line), lines 2 to 5, the postcode, the town, and
 * a country for an address abroad (none, or FRANCE, for France). A return address has no country. Blank optional
 * lines are kept as absent.
 */
public record PostalAddress(String name, String line2, String line3, String line4, String line5, String zipCode,
                            String town, String country) {

    public PostalAddress {
        name = blankToNull(name);
        line2 = blankToNull(line2);
        line3 = blankToNull(line3);
        line4 = blankToNull(line4);
        line5 = blankToNull(line5);
        zipCode = blankToNull(zipCode);
        town = blankToNull(town);
        country = blankToNull(country);
        if (country != null && "FRANCE".equalsIgnoreCase(country)) {
            country = null;
        }
    }

    /**
     * This address, checked as a registered letter's recipient's by the postal rules of the print charter (see
     * {@link PostalRules}); refused otherwise, with the first field that breaks one named under {@code field}
     * (e.g. {@code recipient.address}).
     */
    public PostalAddress checkedAsRecipient(String field) {
        PostalRules.check(this, field, true);
        return this;
    }

    /** This address, checked as the return address of a registered letter: the same rules, and in France. */
    public PostalAddress checkedAsReturnAddress(String field) {
        PostalRules.check(this, field, false);
        return this;
    }

    /** Whether the letter leaves France: a country other than France is named. */
    public boolean abroad() {
        return country != null;
    }

    /** The lines as they are printed, top to bottom: name, lines 2 to 5 present, "postcode town", country. */
    public List<String> printedLines() {
        List<String> lines = new ArrayList<>();
        addPresent(lines, name);
        addPresent(lines, line2);
        addPresent(lines, line3);
        addPresent(lines, line4);
        addPresent(lines, line5);
        String locality = ((zipCode == null ? "" : zipCode) + " " + (town == null ? "" : town)).strip();
        addPresent(lines, locality.isEmpty() ? null : locality);
        addPresent(lines, country);
        return List.copyOf(lines);
    }

    private static void addPresent(List<String> lines, String line) {
        if (line != null) {
            lines.add(line);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
