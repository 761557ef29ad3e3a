package fr.imprimfip.rights;

/** The right a person exercises through the partner (GDPR art. 15 to 21, annex clause 11.6 of the terms of use). */
public enum PersonsRight {
    ACCESS,
    RECTIFICATION,
    ERASURE,
    RESTRICTION,
    OBJECTION
}
