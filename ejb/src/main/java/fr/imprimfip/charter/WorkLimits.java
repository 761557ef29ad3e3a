package fr.imprimfip.charter;

import java.time.Duration;
import java.util.Objects;

/**
 * What the analysis of one file may cost: drawing operators on one page and in the whole file, glyphs in the whole
 * file, and time. A legitimate file of 50,000 pages stays far below each (about 100 operators and 1,500 glyphs a
 * page, 10,000 pages a second); a file built to hold the analysis queue meets one of them and is refused.
 */
public record WorkLimits(long operatorsPerPage, long operatorsPerFile, long glyphsPerFile, Duration deadline) {

    public static final WorkLimits DEFAULTS = new WorkLimits(2_000_000, 250_000_000, 150_000_000,
            Duration.ofMinutes(5));

    public WorkLimits {
        Objects.requireNonNull(deadline);
        if (operatorsPerPage <= 0 || operatorsPerFile <= 0 || glyphsPerFile <= 0 || deadline.isNegative()
                || deadline.isZero()) {
            throw new IllegalArgumentException("Work limits must be positive");
        }
    }

    public WorkLimits withDeadline(Duration other) {
        return new WorkLimits(operatorsPerPage, operatorsPerFile, glyphsPerFile, other);
    }
}
