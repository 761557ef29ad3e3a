package fr.imprimfip.rights;

/** A step of a person's rights request, as recorded with it and told to the partner. */
public enum RightsAction {
    /** The request was received from the partner. */
    RECEIVED,
    /** The letters addressed to the person were searched. */
    SEARCH,
    /** What the platform holds about the person was exported. */
    EXPORT,
    /** The processing of the person's letters was restricted. */
    RESTRICTION,
    /** The person's data was erased. */
    ERASURE
}
