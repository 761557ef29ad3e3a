package fr.imprimfip.incident;

/** The phases an incident goes through, in this order. */
public enum IncidentPhase {
    IMMEDIATE_RESPONSE,
    INVESTIGATION,
    TREATMENT,
    CLOSED
}
