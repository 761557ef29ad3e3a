package fr.imprimfip.shared;

/** Paper to print on (v1 {@code options.paper}). */
public enum Paper {
    /** Plain white paper, printed on both sides. */
    DUPLEX,
    /** Paper with a TIP payment slip and micro-perforation; the letter then carries a return envelope. */
    DUPLEX_TIP_MICRO;

    public boolean perforated() {
        return this == DUPLEX_TIP_MICRO;
    }

    public boolean withReturnEnvelope() {
        return this == DUPLEX_TIP_MICRO;
    }
}
