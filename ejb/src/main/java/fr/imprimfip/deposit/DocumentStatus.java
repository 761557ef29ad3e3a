package fr.imprimfip.deposit;

import fr.imprimfip.shared.SendingType;

/** Status of one document (pli) of a file, with the label of the v1 contract. */
public enum DocumentStatus {
    PENDING("En attente de traitement", false),
    DELETED("Supprimé", true),
    IN_PRODUCTION("En cours de traitement", false),
    SHIPPED("Expédié", false),
    ERROR("Erreur", true),
    OUT_FOR_DELIVERY("Mis en distribution", false),
    DELIVERED("Distribué", true),
    REFUSED("Refusé", true),
    NOT_COLLECTED("Négligé", true),
    DELIVERY_FAILED("Echec de distribution", true);

    private final String label;
    private final boolean finalForRegisteredMail;

    DocumentStatus(String label, boolean finalForRegisteredMail) {
        this.label = label;
        this.finalForRegisteredMail = finalForRegisteredMail;
    }

    public String label() {
        return label;
    }

    /** Whether nothing more will happen to a document in this status, given how it is sent. */
    public boolean isFinal(SendingType sendingType) {
        if (this == SHIPPED) {
            return !sendingType.registered();
        }
        return finalForRegisteredMail;
    }

    /** Whether the pli counts in the partner's bill: deposited, neither deleted nor rejected. */
    public boolean billable() {
        return this != DELETED && this != ERROR;
    }
}
