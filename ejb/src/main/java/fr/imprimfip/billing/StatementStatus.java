package fr.imprimfip.billing;

/** A draft statement is replaced when the year is billed again; an issued one never changes. */
public enum StatementStatus {
    DRAFT,
    ISSUED
}
