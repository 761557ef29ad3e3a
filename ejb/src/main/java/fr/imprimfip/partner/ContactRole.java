package fr.imprimfip.partner;

/** Who a contact of the convention is for the service (the roles named by the DataPass subscription). */
public enum ContactRole {
    REQUESTER("Demandeur"),
    DATA_CONTROLLER("Responsable de traitement"),
    DPO("Délégué à la protection des données"),
    TECHNICAL_CONTACT("Contact technique");

    private final String label;

    ContactRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
