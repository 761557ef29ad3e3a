package fr.imprimfip.retention;

/** What a purge destroyed, as a destruction certificate lists it. */
public enum DestroyedKind {
    FILE_CONTENT("Contenu des fichiers déposés et adresses extraites"),
    DEPOSIT_METADATA("Métadonnées des dépôts et de leurs documents"),
    STATEMENT("Relevés annuels"),
    HABILITATION_DATA("Données de la souscription DataPass (contacts, demandes, utilisateurs applicatifs)"),
    LETTER_TEMPLATE("Maquettes de courrier"),
    WEBHOOK_DATA("Abonnements et événements des webhooks"),
    RETURN_ARCHIVE("Archive de restitution des données");

    private final String label;

    DestroyedKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
