package fr.imprimfip.retention;

/** What a purge destroyed, as a destruction certificate lists it. */
public enum DestroyedKind {
    FILE_CONTENT("Contenu des fichiers déposés et adresses extraites"),
    DEPOSIT_METADATA("Métadonnées des dépôts et de leurs documents"),
    STATEMENT("Relevés annuels"),
    HABILITATION_DATA("Données de la souscription DataPass (contacts, demandes, utilisateurs applicatifs)");

    private final String label;

    DestroyedKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
