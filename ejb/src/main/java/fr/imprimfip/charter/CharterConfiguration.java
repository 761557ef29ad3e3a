package fr.imprimfip.charter;

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

    private CharterSettings settings;

    @PostConstruct
    void read() {
        String[] mm = window.split(",");
        if (mm.length != 4) {
            throw new IllegalArgumentException("imprimfip.charter.window is left,top,width,height in millimetres");
        }
        settings = new CharterSettings(Pattern.compile(referencePattern), Double.parseDouble(mm[0].strip()),
                Double.parseDouble(mm[1].strip()), Double.parseDouble(mm[2].strip()), Double.parseDouble(mm[3].strip()),
                maxPagesPerFile, maxSheetsPerLetter, CharterSettings.defaults().maxOperatorsPerPage());
    }

    public CharterSettings settings() {
        return settings;
    }
}
