package fr.imprimfip.lre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings of electronic registered letters ({@code imprimfip.lre.*}, see docs/operations.md). */
@ApplicationScoped
public class LreSettings {

    @Inject
    @ConfigProperty(name = "imprimfip.lre.acceptance-days", defaultValue = "15")
    int acceptanceDays;

    @Inject
    @ConfigProperty(name = "imprimfip.lre.reminder-days-before", defaultValue = "3")
    int reminderDaysBefore;

    @Inject
    @ConfigProperty(name = "imprimfip.lre.download-link-days", defaultValue = "30")
    int downloadLinkDays;

    @Inject
    @ConfigProperty(name = "imprimfip.lre.public-url", defaultValue = "https://localhost:8443/lre")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "imprimfip.lre.provider", defaultValue = PlatformLreProvider.NAME)
    String provider;

    public LreTerms terms() {
        return new LreTerms(acceptanceDays, reminderDaysBefore, downloadLinkDays);
    }

    /** The address of the link carrying {@code token}: {@code <public-url>/l/<token>}. */
    public String link(String token) {
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + "/l/" + token;
    }

    public String provider() {
        return provider == null ? "" : provider.trim();
    }
}
