package fr.imprimfip.partner;

import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import fr.imprimfip.shared.InvalidInputException;

/**
 * What the partner asked for on DataPass, as granted: the request's number, the legal texts the processing rests
 * on, its purpose, the letters a year it expects and the call quota it asked for.
 */
@Embeddable
public class DataPassRequest {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,30}");

    @Column(name = "datapass_number", length = 30)
    private String number;

    @Column(name = "legal_basis", length = 2000)
    private String legalBasis;

    @Column(name = "purpose", length = 2000)
    private String purpose;

    @Column(name = "expected_volume")
    private Integer expectedLettersPerYear;

    @Column(name = "requested_quota")
    private Integer requestedCallsPerMinute;

    protected DataPassRequest() {
    }

    public DataPassRequest(String number, String legalBasis, String purpose, Integer expectedLettersPerYear,
                           Integer requestedCallsPerMinute) {
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new InvalidInputException("Le numéro DataPass est obligatoire (lettres, chiffres et tirets).",
                    "The DataPass number is required (letters, digits and hyphens).");
        }
        this.legalBasis = required(legalBasis, "Le fondement juridique (textes)", "The legal basis (texts)");
        this.purpose = required(purpose, "La finalité", "The purpose");
        if (expectedLettersPerYear != null && expectedLettersPerYear < 0) {
            throw new InvalidInputException("Le volume attendu est un nombre de plis par an, positif.",
                    "The expected volume is a positive number of letters per year.");
        }
        if (requestedCallsPerMinute != null && (requestedCallsPerMinute < 1 || requestedCallsPerMinute > 100_000)) {
            throw new InvalidInputException("Un quota va de 1 à 100 000 appels par minute.",
                    "A quota is from 1 to 100,000 calls per minute.");
        }
        this.number = number;
        this.expectedLettersPerYear = expectedLettersPerYear;
        this.requestedCallsPerMinute = requestedCallsPerMinute;
    }

    private static String required(String text, String what, String whatInEnglish) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new InvalidInputException(what + " est obligatoire (2 000 caractères au plus).",
                    whatInEnglish + " is required (2,000 characters at most).");
        }
        return text.strip();
    }

    public String number() {
        return number;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String purpose() {
        return purpose;
    }

    public Integer expectedLettersPerYear() {
        return expectedLettersPerYear;
    }

    public Integer requestedCallsPerMinute() {
        return requestedCallsPerMinute;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataPassRequest d && Objects.equals(number, d.number)
                && Objects.equals(legalBasis, d.legalBasis) && Objects.equals(purpose, d.purpose)
                && Objects.equals(expectedLettersPerYear, d.expectedLettersPerYear)
                && Objects.equals(requestedCallsPerMinute, d.requestedCallsPerMinute);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, legalBasis, purpose, expectedLettersPerYear, requestedCallsPerMinute);
    }
}
