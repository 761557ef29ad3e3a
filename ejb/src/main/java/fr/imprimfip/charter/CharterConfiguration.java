package fr.imprimfip.charter;

import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The charter settings in force, from configuration ({@code imprimfip.charter.*}), defaults otherwise. */
@ApplicationScoped
public class CharterConfiguration {

    @Inject
    @ConfigProperty(name = "imprimfip.charter.reference-pattern", defaultValue = CharterSettings.DEFAULT_REFERENCE_PATTERN)
    String referencePattern;

    @Inject
    @ConfigProperty(name = "imprimfip.charter.window", defaultValue = "100,40,95,50")
    String window;

    @Inject
    @ConfigProperty(name = "imprimfip.charter.max-pages-per-file", defaultValue = "50000")
    int maxPagesPerFile;

    @Inject
    @ConfigProperty(name = "imprimfip.charter.max-sheets-per-letter", defaultValue = "100")
    int maxSheetsPerLetter;

    /** How long the analysis of one file may take (ISO-8601, e.g. PT5M) before the file is refused (STR-011). */
    @Inject
    @ConfigProperty(name = "imprimfip.analysis.deadline", defaultValue = "PT5M")
    Duration analysisDeadline;

    @Inject
    @ConfigProperty(name = "imprimfip.analysis.max-operators-per-file", defaultValue = "250000000")
    long maxOperatorsPerFile;

    @Inject
    @ConfigProperty(name = "imprimfip.analysis.max-glyphs-per-file", defaultValue = "150000000")
    long maxGlyphsPerFile;

    private CharterSettings settings;

    @PostConstruct
    void read() {
        String[] mm = window.split(",");
        if (mm.length != 4) {
            throw new IllegalArgumentException("imprimfip.charter.window is left,top,width,height in millimetres");
        }
        settings = new CharterSettings(Pattern.compile(referencePattern), Double.parseDouble(mm[0].strip()),
                Double.parseDouble(mm[1].strip()), Double.parseDouble(mm[2].strip()), Double.parseDouble(mm[3].strip()),
                maxPagesPerFile, maxSheetsPerLetter, new WorkLimits(WorkLimits.DEFAULTS.operatorsPerPage(),
                        maxOperatorsPerFile, maxGlyphsPerFile, analysisDeadline));
    }

    public CharterSettings settings() {
        return settings;
    }
}
