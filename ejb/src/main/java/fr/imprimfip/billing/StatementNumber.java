package fr.imprimfip.billing;

/**
 * The number of an issued statement, unique per year: {@code RLV-<year>-<sequence on 6 digits>}, the sequence
 * starting at 1 each year.
 */
public record StatementNumber(int year, long sequence) {

    static final int LENGTH = 20;

    public StatementNumber {
        if (year < 2000 || year > 2999 || sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("No statement number " + sequence + " in " + year);
        }
    }

    public String value() {
        return String.format("RLV-%d-%06d", year, sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}
