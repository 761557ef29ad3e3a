package fr.imprimfip.registered;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A range of registered numbers La Poste granted a print centre, as an administrator recorded it: one service
 * indicator and country, serials {@code first..last}, and the next serial to give. Numbers are given in order, each
 * once; a range whose next serial passed its last is spent.
 */
@Entity
@Table(name = "registered_number_range")
public class RegisteredNumberRange {

    /** A print centre's code: capitals, digits and dashes, as the platform's setting names it. */
    public static final int MAX_PRINT_CENTRE_LENGTH = 30;
    public static final int MAX_RECORDED_BY_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "print_centre", nullable = false, length = MAX_PRINT_CENTRE_LENGTH)
    private String printCentre;

    @Column(name = "service_indicator", nullable = false, length = 2)
    private String serviceIndicator;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "first_serial", nullable = false)
    private int firstSerial;

    @Column(name = "last_serial", nullable = false)
    private int lastSerial;

    @Column(name = "next_serial", nullable = false)
    private int nextSerial;

    @Column(name = "recorded_by", nullable = false, length = MAX_RECORDED_BY_LENGTH)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "low_alert_at")
    private Instant lowAlertAt;

    @Version
    private long version;

    protected RegisteredNumberRange() {
    }

    /** A range as La Poste granted it: nothing given yet. Refuses a malformed print centre, indicator or serials. */
    public static RegisteredNumberRange record(String printCentre, String serviceIndicator, int firstSerial,
                                               int lastSerial, String country, String recordedBy, Instant now) {
        if (printCentre == null || !printCentre.matches("[A-Z0-9][A-Z0-9-]{0,29}")) {
            throw new InvalidInputException("Le code du centre d'impression est fait de lettres majuscules, de"
                    + " chiffres et de tirets (30 caractères au plus, ex. : CE-PRINCIPAL).",
                    "The print centre's code is capital letters, digits and dashes (30 characters at most,"
                            + " e.g. CE-PRINCIPAL).");
        }
        // the first and last numbers of the range must be numbers: the value object checks indicator and country
        new RegisteredNumber(serviceIndicator, firstSerial, country);
        new RegisteredNumber(serviceIndicator, lastSerial, country);
        if (lastSerial < firstSerial) {
            throw new InvalidInputException("Le dernier numéro de série d'une plage suit ou égale le premier.",
                    "A range's last serial is equal to or after its first.");
        }
        RegisteredNumberRange range = new RegisteredNumberRange();
        range.printCentre = printCentre;
        range.serviceIndicator = serviceIndicator;
        range.country = country;
        range.firstSerial = firstSerial;
        range.lastSerial = lastSerial;
        range.nextSerial = firstSerial;
        range.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        if (recordedBy.length() > MAX_RECORDED_BY_LENGTH) {
            range.recordedBy = recordedBy.substring(0, MAX_RECORDED_BY_LENGTH);
        }
        range.recordedAt = Objects.requireNonNull(now, "now");
        return range;
    }

    /** Whether this range and {@code other} could give the same number. */
    public boolean overlaps(RegisteredNumberRange other) {
        return serviceIndicator.equals(other.serviceIndicator) && country.equals(other.country)
                && firstSerial <= other.lastSerial && other.firstSerial <= lastSerial;
    }

    /** Gives the next number of the range, once. */
    public RegisteredNumber allocate() {
        if (spent()) {
            throw new IllegalStateException("Range " + describe() + " has no number left");
        }
        return new RegisteredNumber(serviceIndicator, nextSerial++, country);
    }

    public boolean spent() {
        return nextSerial > lastSerial;
    }

    /** How many numbers are left to give. */
    public long remaining() {
        return (long) lastSerial - nextSerial + 1;
    }

    public long size() {
        return (long) lastSerial - firstSerial + 1;
    }

    /**
     * Whether the range runs low: fewer numbers left than {@code atMost}, or than {@code percent} % of its size,
     * whichever is smaller (a large range warns with {@code atMost} left, a small one with its last tenth).
     */
    public boolean runningLow(long atMost, int percent) {
        long threshold = Math.min(atMost, size() * percent / 100);
        return remaining() < Math.max(threshold, 1);
    }

    /** The operations alert for a range running low is raised once; returns whether it is to be raised now. */
    public boolean lowAlertDue(long atMost, int percent, Instant now) {
        if (lowAlertAt != null || !runningLow(atMost, percent)) {
            return false;
        }
        lowAlertAt = now;
        return true;
    }

    /** The range as people read it: {@code RR 00000000-00099999 FR (CE-PRINCIPAL)}, serials without check digit. */
    public String describe() {
        return serviceIndicator + " " + String.format("%08d", firstSerial) + "-" + String.format("%08d", lastSerial)
                + " " + country + " (" + printCentre + ")";
    }

    public Long id() {
        return id;
    }

    public String printCentre() {
        return printCentre;
    }

    public String serviceIndicator() {
        return serviceIndicator;
    }

    public String country() {
        return country;
    }

    public int firstSerial() {
        return firstSerial;
    }

    public int lastSerial() {
        return lastSerial;
    }

    public int nextSerial() {
        return nextSerial;
    }

    /** The first and last numbers of the range, with their check digits. */
    public RegisteredNumber firstNumber() {
        return new RegisteredNumber(serviceIndicator, firstSerial, country);
    }

    public RegisteredNumber lastNumber() {
        return new RegisteredNumber(serviceIndicator, lastSerial, country);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant lowAlertAt() {
        return lowAlertAt;
    }
}
