package fr.imprimfip.incident;

import fr.imprimfip.shared.InvalidInputException;

/**
 * What the platform tells a partner of a breach (annex clause 10.1.2): its nature, the categories of people and of
 * records concerned, the likely consequences and the measures taken or proposed. Consequences and measures may come
 * in a later stage (10.1.3); the last stage says so.
 */
public record BreachNoticeText(String nature, String peopleCategories, String recordCategories, String consequences,
                               String measures, boolean finalStage) {

    /** The people a letter's data is about, unless told otherwise. */
    public static final String PEOPLE = "Destinataires des plis déposés par le partenaire (usagers de"
            + " l'administration)";
    /** The records the platform holds of a letter, unless told otherwise. */
    public static final String RECORDS = "Fichiers PDF déposés (contenu des plis et adresses postales des"
            + " destinataires) et leurs métadonnées de suivi";

    public BreachNoticeText {
        nature = required(nature, 2000, "La nature de la violation", "The nature of the breach");
        peopleCategories = blank(peopleCategories) ? PEOPLE
                : required(peopleCategories, 1000, "Les catégories de personnes", "The categories of people");
        recordCategories = blank(recordCategories) ? RECORDS
                : required(recordCategories, 1000, "Les catégories d'enregistrements", "The categories of records");
        consequences = blank(consequences) ? null
                : required(consequences, 2000, "Les conséquences probables", "The likely consequences");
        measures = blank(measures) ? null
                : required(measures, 2000, "Les mesures prises ou proposées", "The measures taken or proposed");
        if (finalStage && (consequences == null || measures == null)) {
            throw new InvalidInputException("La dernière étape de la notification décrit les conséquences probables"
                    + " et les mesures prises ou proposées.",
                    "The last stage of the notice describes the likely consequences and the measures taken or"
                    + " proposed.");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String required(String text, int max, String french, String english) {
        if (blank(text) || text.strip().length() > max) {
            throw new InvalidInputException(french + " se décrit (" + max + " caractères au plus).",
                    english + " is required (" + max + " characters at most).");
        }
        return text.strip();
    }
}
