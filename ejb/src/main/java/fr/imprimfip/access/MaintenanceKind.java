package fr.imprimfip.access;

/** What a window announces: an interruption for maintenance, or a change of the service put into production. */
public enum MaintenanceKind {
    MAINTENANCE("Maintenance", "une opération de maintenance"),
    CHANGE("Évolution du service", "une évolution du service");

    private final String label;
    private final String phrase;

    MaintenanceKind(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    /** Its French name, capitalised. */
    public String label() {
        return label;
    }

    /** Its French name inside a sentence. */
    public String phrase() {
        return phrase;
    }
}
