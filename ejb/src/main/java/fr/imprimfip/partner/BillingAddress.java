package fr.imprimfip.partner;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import fr.imprimfip.shared.InvalidInputException;

/**
 * Where a partner's statements are addressed, in France: 1 to 4 lines of 38 characters at most (the postal norm's
 * width: the body's name, service, street), a 5-digit postcode and the city.
 */
@Embeddable
public class BillingAddress {

    public static final int MAX_LINES = 4;
    public static final int LINE_LENGTH = 38;

    @Column(name = "billing_street", length = 160)
    private String street;

    @Column(name = "billing_postcode", length = 5)
    private String postcode;

    @Column(name = "billing_city", length = 38)
    private String city;

    protected BillingAddress() {
    }

    public BillingAddress(List<String> lines, String postcode, String city) {
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES
                || lines.stream().anyMatch(line -> line == null || line.isBlank() || line.length() > LINE_LENGTH
                || line.contains("\n"))) {
            throw new InvalidInputException("Une adresse de facturation a de 1 à " + MAX_LINES + " lignes de "
                    + LINE_LENGTH + " caractères au plus.", "A billing address has 1 to " + MAX_LINES + " lines of "
                    + LINE_LENGTH + " characters at most.");
        }
        if (postcode == null || !postcode.matches("\\d{5}")) {
            throw new InvalidInputException("Le code postal a 5 chiffres.", "The postcode has 5 digits.");
        }
        if (city == null || city.isBlank() || city.length() > LINE_LENGTH) {
            throw new InvalidInputException("La commune a de 1 à " + LINE_LENGTH + " caractères.",
                    "The city has 1 to " + LINE_LENGTH + " characters.");
        }
        this.street = String.join("\n", lines.stream().map(String::strip).toList());
        this.postcode = postcode;
        this.city = city.strip();
    }

    /** The lines before the postcode and city. */
    public List<String> lines() {
        return street == null ? List.of() : Arrays.asList(street.split("\n"));
    }

    public String postcode() {
        return postcode;
    }

    public String city() {
        return city;
    }

    /** Whether an address is there (an embedded address whose columns are all empty reads as none). */
    public boolean present() {
        return street != null && postcode != null && city != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BillingAddress address && Objects.equals(street, address.street)
                && Objects.equals(postcode, address.postcode) && Objects.equals(city, address.city);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, postcode, city);
    }
}
