package fr.imprimfip.template;

/** Where a letter template stands. */
public enum TemplateStatus {
    SUBMITTED,
    VALIDATED,
    REFUSED
}
