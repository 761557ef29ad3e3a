package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.ConfigProvider;

import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.console.security.StaffMember;
import fr.imprimfip.registered.RegisteredNumber;
import fr.imprimfip.registered.RegisteredNumberRange;
import fr.imprimfip.registered.RegisteredNumbers;
import fr.imprimfip.shared.InvalidInputException;

/**
 * Registered numbers: the ranges La Poste granted the print centres, with the numbers each has left, as the API
 * lists them, and a form recording a new one. The ranges' own rules (no overlap, serials of eight digits) are the
 * platform's.
 */
@Named
@ViewScoped
public class RegisteredNumbersPage implements Serializable {

    /** A range's line. */
    public record RangeRow(long id, String printCentre, String firstNumber, String lastNumber, String nextNumber,
                           String remaining, boolean spent, boolean low, String recordedBy, String recordedAt)
            implements Serializable {
    }

    @EJB(lookup = PlatformServices.REGISTERED_NUMBERS)
    RegisteredNumbers numbers;

    @Inject
    StaffActions actions;

    @Inject
    StaffMember staff;

    private List<RangeRow> rows;
    private String printCentre;
    private String serviceIndicator = "RR";
    private String firstSerial;
    private String lastSerial;
    private String country = "FR";

    @PostConstruct
    void read() {
        rows = numbers.ranges().stream().map(RegisteredNumbersPage::row).toList();
        if (printCentre == null) {
            printCentre = ConfigProvider.getConfig()
                    .getOptionalValue("imprimfip.production.print-centre", String.class).orElse("CE-PRINCIPAL");
        }
    }

    private static RangeRow row(RegisteredNumberRange range) {
        return new RangeRow(range.id(), range.printCentre(), range.firstNumber().format(),
                range.lastNumber().format(), range.spent() ? "" : new RegisteredNumber(
                        range.serviceIndicator(), range.nextSerial(), range.country()).format(),
                FrenchFormats.count(range.remaining()) + " / " + FrenchFormats.count(range.size()), range.spent(),
                range.lowAlertAt() != null, range.recordedBy(), FrenchFormats.instant(range.recordedAt()));
    }

    public void record() {
        RegisteredNumberRange recorded = actions.perform("recommandes.enregistrer-plage", "nouvelle plage",
                () -> numbers.record(text(printCentre), text(serviceIndicator), serial(firstSerial, "premier"),
                        serial(lastSerial, "dernier"), text(country), staff.name()),
                range -> "plage-" + range.id(),
                range -> "Plage " + range.describe() + " enregistrée : " + FrenchFormats.count(range.size())
                        + " numéros.");
        if (recorded != null) {
            firstSerial = null;
            lastSerial = null;
            read();
        }
    }

    private static String text(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static int serial(String value, String which) {
        String digits = value == null ? "" : value.strip();
        if (!digits.matches("[0-9]{1,8}")) {
            throw new InvalidInputException("Le " + which + " numéro de série s'écrit avec huit chiffres au plus,"
                    + " sans la clé de contrôle ni les lettres (ex. : 10000000).",
                    "The " + ("premier".equals(which) ? "first" : "last") + " serial is written with at most eight"
                            + " digits, without the check digit or the letters (e.g. 10000000).");
        }
        return Integer.parseInt(digits);
    }

    public List<RangeRow> getRows() {
        return rows;
    }

    public String getPrintCentre() {
        return printCentre;
    }

    public void setPrintCentre(String printCentre) {
        this.printCentre = printCentre;
    }

    public String getServiceIndicator() {
        return serviceIndicator;
    }

    public void setServiceIndicator(String serviceIndicator) {
        this.serviceIndicator = serviceIndicator;
    }

    public String getFirstSerial() {
        return firstSerial;
    }

    public void setFirstSerial(String firstSerial) {
        this.firstSerial = firstSerial;
    }

    public String getLastSerial() {
        return lastSerial;
    }

    public void setLastSerial(String lastSerial) {
        this.lastSerial = lastSerial;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
