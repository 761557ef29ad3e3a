package fr.imprimfip.shared;

/** How a file's documents are sent (v1 {@code options.sendingType}), with the confirmation label of the contract. */
public enum SendingType {
    STD("Courrier Simple", false),
    LRE("Envoi recommandé électronique", true),
    LRAR("Envoi recommandé papier", true);

    private final String label;
    private final boolean registered;

    SendingType(String label, boolean registered) {
        this.label = label;
        this.registered = registered;
    }

    public String label() {
        return label;
    }

    public boolean registered() {
        return registered;
    }
}
