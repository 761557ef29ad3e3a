package fr.imprimfip.deposit;

/** Where a letter "En cours de traitement" stands in the print centre, as the print centre reports it. */
public enum ProductionStep {
    PRINTED("Imprimé"),
    ENVELOPED("Mis sous pli");

    private final String label;

    ProductionStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
