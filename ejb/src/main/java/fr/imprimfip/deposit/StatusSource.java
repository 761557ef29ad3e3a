package fr.imprimfip.deposit;

/** Who caused a document's status to change. */
public enum StatusSource {
    ANALYSIS,
    PARTNER,
    PRODUCTION,
    PRINT_CENTRE,
    POSTAL_SERVICE,
    ADMINISTRATOR,
    /** The sandbox's simulation of production: nothing was printed. */
    SIMULATION,
    /** The electronic delivery of an electronic registered letter (LRE): notification, recipient's decision. */
    ELECTRONIC_DELIVERY
}
