package fr.imprimfip.deposit;

/** Status of a deposited file, with the label of the v1 contract. */
public enum FileStatus {
    IN_SUBMISSION("En cours de soumission"),
    SUBMITTED("Soumis"),
    SUBMITTED_WITH_WARNINGS("Soumis avec des avertissements"),
    SUBMITTED_WITH_ERRORS("Soumis avec des erreurs"),
    ERROR("Erreur");

    private final String label;

    FileStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean analysed() {
        return this != IN_SUBMISSION;
    }
}
