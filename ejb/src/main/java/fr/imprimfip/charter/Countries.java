package fr.imprimfip.charter;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The countries a letter may be addressed to, by their French names as La Poste asks them on the last line (the
 * ISO 3166 countries named by the JDK's locale data, plus the usual names a French mail clerk writes), and the
 * names of France itself, which end a French address rather than replace its postcode and town.
 */
final class Countries {

    /** France and the overseas departments and collectivities, whose mail is routed by French postcodes. */
    private static final Set<String> FRENCH_ISO = Set.of("FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC",
            "PF", "WF", "TF");
    private static final List<String> FRENCH_VARIANTS = List.of("REUNION", "GUYANE", "ILE DE LA REUNION");
    /** Names in full only: abbreviations such as USA or UK are not French names of countries. */
    private static final List<String> FOREIGN_VARIANTS = List.of(
            "ETATS-UNIS D'AMERIQUE",
            "GRANDE-BRETAGNE", "ANGLETERRE", "ECOSSE", "PAYS DE GALLES", "IRLANDE DU NORD",
            "HOLLANDE",
            "REPUBLIQUE TCHEQUE",
            "BIRMANIE", "MYANMAR",
            "HONG KONG", "MACAO",
            "VATICAN", "CITE DU VATICAN", "SAINT-SIEGE",
            "BELARUS",
            "REPUBLIQUE DEMOCRATIQUE DU CONGO", "REPUBLIQUE DU CONGO", "CONGO",
            "MACEDOINE",
            "SWAZILAND",
            "FEDERATION DE RUSSIE",
            "VIETNAM",
            "TIMOR-LESTE",
            "ILE MAURICE",
            "SINT MAARTEN",
            "PALESTINE");

    private static final Set<String> FOREIGN = new HashSet<>();
    private static final Set<String> FRENCH = new HashSet<>();

    static {
        for (String iso : Locale.getISOCountries()) {
            String name = new Locale("", iso).getDisplayCountry(Locale.FRENCH);
            (FRENCH_ISO.contains(iso) ? FRENCH : FOREIGN).add(PostalNames.key(name));
        }
        FRENCH_VARIANTS.forEach(name -> FRENCH.add(PostalNames.key(name)));
        FOREIGN_VARIANTS.forEach(name -> FOREIGN.add(PostalNames.key(name)));
    }

    private Countries() {
    }

    /** A country other than France, whose own postal service reads the lines above it. */
    static boolean foreign(String line) {
        return FOREIGN.contains(PostalNames.key(line));
    }

    /** FRANCE, or one of its overseas departments or collectivities. */
    static boolean french(String line) {
        return FRENCH.contains(PostalNames.key(line));
    }
}
