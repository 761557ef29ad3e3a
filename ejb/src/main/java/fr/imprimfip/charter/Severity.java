package fr.imprimfip.charter;

/** An error refuses what it concerns (the file or one letter); a warning lets it through and is reported. */
public enum Severity {
    ERROR,
    WARNING
}
