package fr.imprimfip.charter;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tunable values of the charter. The address window is given in millimetres from the top-left corner of an A4
 * portrait page; the reference pattern's first group is the business reference.
 */
public record CharterSettings(Pattern referencePattern, double windowLeftMm, double windowTopMm,
                              double windowWidthMm, double windowHeightMm, int maxPagesPerFile, int maxSheetsPerLetter,
                              WorkLimits workLimits) {

    public static final String DEFAULT_REFERENCE_PATTERN = "REF-IMPRIMFIP:([A-Za-z0-9_.-]{1,40})";

    public CharterSettings {
        Objects.requireNonNull(referencePattern);
        Objects.requireNonNull(workLimits);
        if (referencePattern.matcher("").groupCount() < 1) {
            throw new IllegalArgumentException("The reference pattern needs a capturing group");
        }
    }

    public static CharterSettings defaults() {
        return new CharterSettings(Pattern.compile(DEFAULT_REFERENCE_PATTERN), 100, 40, 95, 50, 50_000, 100,
                WorkLimits.DEFAULTS);
    }

    public CharterSettings withWorkLimits(WorkLimits limits) {
        return new CharterSettings(referencePattern, windowLeftMm, windowTopMm, windowWidthMm, windowHeightMm,
                maxPagesPerFile, maxSheetsPerLetter, limits);
    }
}
