package fr.imprimfip.registered;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.imprimfip.charter.AddressBlock;
import fr.imprimfip.charter.CharterRule;
import fr.imprimfip.charter.Finding;
import fr.imprimfip.shared.RefusalText;

/**
 * The print charter's address rules applied to an address given as fields (docs/charter.md, section 4), refused
 * with the first field that breaks one, named in full ({@code recipient.address.line2}): 3 to 6 printed lines of at
 * most 38 characters, capitals without accents, a French postcode that exists with one of its routing labels, or a
 * country named in French. Lower case and accents are refused rather than corrected: the address registered is the
 * one the partner printed in the envelope window, where the charter refuses them too. A CEDEX code or a postcode of
 * an overseas collectivity that the postcode base does not hold is accepted unverified, as in the window.
 */
final class PostalRules {

    private static final Pattern FRENCH_POSTCODE = Pattern.compile("\\d{5}");
    private static final int MAX_LINE_LENGTH = 38;
    private static final List<String> LINES = List.of("name", "line2", "line3", "line4", "line5", "country");

    private PostalRules() {
    }

    /** Refuses {@code address}, known to the caller as {@code field}, unless it follows every rule. */
    static void check(PostalAddress address, String field, boolean countryAllowed) {
        Map<String, String> members = members(address);
        members.forEach((member, value) -> checkCharacters(field + "." + member, value));
        for (String line : LINES) {
            String value = members.get(line);
            if (value != null && value.length() > MAX_LINE_LENGTH) {
                throw refused(field + "." + line, "une ligne d'adresse compte 38 caractères au plus ("
                        + value.length() + ") [ADR-003].", "an address line has 38 characters at most ("
                        + value.length() + ") [ADR-003].");
            }
        }
        if (address.name() == null) {
            throw missing(field + ".name");
        }
        if (address.line2() == null && address.line3() == null && address.line4() == null && address.line5() == null) {
            throw refused(field, "au moins une ligne d'adresse (line2 à line5) est obligatoire, une adresse compte"
                    + " 3 lignes au moins [ADR-002].", "at least one address line (line2 to line5) is required, an"
                    + " address has 3 lines at least [ADR-002].");
        }
        if (address.town() == null) {
            throw missing(field + ".town");
        }
        if (address.country() != null && !countryAllowed) {
            throw refused(field + ".country", "l'adresse de retour est en France, sans pays.",
                    "the return address is in France, with no country.");
        }
        if (!address.abroad()) {
            if (address.zipCode() == null) {
                throw missing(field + ".zipCode");
            }
            if (!FRENCH_POSTCODE.matcher(address.zipCode()).matches()) {
                throw refused(field + ".zipCode", "un code postal français compte 5 chiffres [ADR-004].",
                        "a French postcode has 5 digits [ADR-004].");
            }
        }
        List<String> printed = address.printedLines();
        String locality = printed.get(printed.size() - (address.abroad() ? 2 : 1));
        if (locality.length() > MAX_LINE_LENGTH) {
            throw refused(field + ".town", "le code postal, un espace et la localité dépassent 38 caractères ("
                    + locality.length() + ") [ADR-003].", "the postcode, a space and the town exceed 38 characters ("
                    + locality.length() + ") [ADR-003].");
        }
        for (Finding finding : new AddressBlock(printed).check()) {
            refuse(address, field, finding, printed.size());
        }
    }

    /** What the charter says of the whole address, once each field has passed: which field breaks which rule. */
    private static void refuse(PostalAddress address, String field, Finding finding, int lines) {
        String code = " [" + finding.rule().code() + "]";
        switch (finding.rule()) {
            case ADDRESS_LINE_COUNT -> throw refused(field, "l'adresse imprimée compte " + lines + " lignes (nom,"
                    + " line2 à line5, code postal et localité, pays), 6 au plus" + code + ".", "the printed address"
                    + " has " + lines + " lines (name, line2 to line5, postcode and town, country), 6 at most" + code
                    + ".");
            case ADDRESS_LAST_LINE -> {
                if (address.abroad()) {
                    throw refused(field + ".country", "pays inconnu ; nommez-le en français, en majuscules"
                            + " (ALLEMAGNE, ROYAUME-UNI...), ou laissez-le vide pour la France" + code + ".",
                            "unknown country; name it in French, in capitals (ALLEMAGNE, ROYAUME-UNI...), or leave"
                                    + " it empty for France" + code + ".");
                }
                throw refused(field + ".town", "la localité ne peut pas commencer par un chiffre" + code + ".",
                        "the town cannot start with a digit" + code + ".");
            }
            case ADDRESS_POSTCODE_UNKNOWN -> throw refused(field + ".zipCode", "ce code postal n'existe pas" + code
                    + ".", "this postcode does not exist" + code + ".");
            case ADDRESS_TOWN_MISMATCH -> throw refused(field + ".town", "la localité n'est pas un libellé"
                    + " d'acheminement de ce code postal (" + finding.where() + ")" + code + ".", "the town is not a"
                    + " routing label of this postcode (" + finding.where().replace("attendu pour", "expected for")
                    + ")" + code + ".");
            default -> {
                if (finding.error()) {
                    throw refused(field, finding.describe(), "the address breaks rule " + finding.rule().code()
                            + ".");
                }
            }
        }
    }

    private static void checkCharacters(String field, String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw refused(field, "contient des caractères de contrôle.", "contains control characters.");
        }
        if (AddressBlock.checkLine(value).stream().anyMatch(f -> f.rule() == CharterRule.ADDRESS_CHARACTERS)) {
            throw refused(field, "en majuscules non accentuées, avec chiffres, espaces et ' - , . / ( ) & seulement"
                    + " [ADR-005].", "capitals without accents, with digits, spaces and ' - , . / ( ) & only"
                    + " [ADR-005].");
        }
    }

    /** "{@code field} : {@code french}", and in English. */
    private static AddressRefusedException refused(String field, String french, String english) {
        return new AddressRefusedException(field, new RefusalText(field + " : " + french, field + ": " + english));
    }

    private static AddressRefusedException missing(String field) {
        return new AddressRefusedException(field, new RefusalText("Le champ " + field + " est obligatoire.",
                "The " + field + " field is required."));
    }

    private static Map<String, String> members(PostalAddress address) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("name", address.name());
        members.put("line2", address.line2());
        members.put("line3", address.line3());
        members.put("line4", address.line4());
        members.put("line5", address.line5());
        members.put("zipCode", address.zipCode());
        members.put("town", address.town());
        members.put("country", address.country());
        members.values().removeIf(value -> value == null);
        return members;
    }
}
