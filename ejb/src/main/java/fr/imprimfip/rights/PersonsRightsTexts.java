package fr.imprimfip.rights;

/** The French words the partner reads for the rights and the search keys. */
final class PersonsRightsTexts {

    private PersonsRightsTexts() {
    }

    static String rightLabel(PersonsRight right) {
        return switch (right) {
            case ACCESS -> "d'accès";
            case RECTIFICATION -> "de rectification";
            case ERASURE -> "d'effacement";
            case RESTRICTION -> "à la limitation du traitement";
            case OBJECTION -> "d'opposition";
        };
    }

    static String keyLabel(PersonKey key) {
        return switch (key) {
            case NAME -> "nom";
            case ADDRESS_LINE -> "ligne d'adresse";
            case EMAIL -> "adresse électronique";
        };
    }
}
