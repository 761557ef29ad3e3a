package fr.imprimfip.production;

/** Where a print lot stands: composed, then moved by the print centre's reports. */
public enum PrintLotStatus {
    /** Built at a cut-off; its print file is being written. */
    COMPOSING,
    /** Its print file and manifest are ready for the print centre. */
    READY,
    PRINTED,
    ENVELOPED,
    /** Every letter of the lot has left production: handed to La Poste or in error. */
    HANDED_OVER;

    boolean before(PrintLotStatus other) {
        return compareTo(other) < 0;
    }
}
