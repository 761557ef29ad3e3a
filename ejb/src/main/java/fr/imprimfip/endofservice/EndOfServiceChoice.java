package fr.imprimfip.endofservice;

/** What the partner chose in writing for its data at the end of its convention. */
public enum EndOfServiceChoice {
    /** Its data is destroyed at once. */
    DESTRUCTION("destruction des données"),
    /** Its data is returned as an archive it downloads once, then destroyed. */
    RETURN("renvoi des données puis destruction");

    private final String label;

    EndOfServiceChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
