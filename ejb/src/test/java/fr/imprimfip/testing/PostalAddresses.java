package fr.imprimfip.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Recipients' addresses for files of many letters, each different, as a real day's mail is: common French names
 * and streets, and a town of the real postal base the platform checks addresses against (its postcode and routing
 * label, {@code fr/imprimfip/charter/postcodes.txt.gz}). The {@code n}-th address is always the same.
 */
public final class PostalAddresses {

    private static final int MAX_LINE = 38;
    private static final String[] TITLES = {"MADAME", "MONSIEUR"};
    private static final String[] FIRST_NAMES = {"CLAIRE", "JEAN", "MARIE", "PIERRE", "NATHALIE", "LUC", "SOPHIE",
        "MICHEL", "ISABELLE", "ALAIN", "CATHERINE", "PHILIPPE", "ANNE", "NICOLAS", "CHANTAL", "ERIC", "SYLVIE"};
    private static final String[] LAST_NAMES = {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD",
        "DURAND", "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND",
        "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER"};
    private static final String[] STREETS = {"RUE DE LA REPUBLIQUE", "AVENUE DE LA GARE", "PLACE DE L EGLISE",
        "RUE VICTOR HUGO", "CHEMIN DES VIGNES", "RUE DU MOULIN", "BOULEVARD PASTEUR", "RUE JEAN JAURES",
        "ALLEE DES TILLEULS", "RUE DES ECOLES", "ROUTE DE PARIS", "IMPASSE DES LILAS", "RUE DU STADE"};
    private static final List<String> TOWNS = towns();

    private PostalAddresses() {
    }

    /** The {@code n}-th address (n ≥ 0): name, street, postcode and town. */
    public static List<String> nth(int n) {
        String name = TITLES[n % TITLES.length] + " " + FIRST_NAMES[(n / 2) % FIRST_NAMES.length] + " "
                + LAST_NAMES[(n / 7) % LAST_NAMES.length];
        String street = (1 + n % 197) + " " + STREETS[(n / 3) % STREETS.length];
        return List.of(name, street, TOWNS.get(Math.floorMod(n * 7919, TOWNS.size())));
    }

    /** Every "postcode label" line of the base that fits an address line. */
    private static List<String> towns() {
        List<String> towns = new ArrayList<>();
        try (InputStream in = PostalAddresses.class.getResourceAsStream("/fr/imprimfip/charter/postcodes.txt.gz");
             BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                     StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String postcode = line.substring(0, 5);
                for (String label : line.substring(6).split("\\|")) {
                    String town = postcode + " " + label;
                    if (town.length() <= MAX_LINE) {
                        towns.add(town);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(towns);
    }
}
