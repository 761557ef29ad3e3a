package fr.imprimfip.partner;

import java.time.LocalDate;
import java.time.Period;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;

/**
 * The security attestation of a partner's application: a homologation or a provisional authorisation until its end
 * date, or a security questionnaire valid three years at most. Its renewal is due three months before its end.
 */
@Embeddable
public class SecurityAttestation {

    public static final Period QUESTIONNAIRE_VALIDITY = Period.ofYears(3);
    public static final Period RENEWAL_NOTICE = Period.ofMonths(3);

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "attestation_kind", length = 30)
    private AttestationKind kind;

    @Column(name = "attestation_received_on")
    private LocalDate receivedOn;

    @Column(name = "attestation_valid_until")
    private LocalDate validUntil;

    protected SecurityAttestation() {
    }

    private SecurityAttestation(AttestationKind kind, LocalDate receivedOn, LocalDate validUntil) {
        this.kind = kind;
        this.receivedOn = receivedOn;
        this.validUntil = validUntil;
    }

    /**
     * An attestation of {@code kind} received on {@code receivedOn} (unknown: null), valid until {@code validUntil};
     * a questionnaire needs its date of receipt, and is valid three years from it when no end date is given.
     */
    public static SecurityAttestation of(AttestationKind kind, LocalDate receivedOn, LocalDate validUntil) {
        if (kind == null) {
            throw new InvalidInputException("Le type d'attestation est HOMOLOGATION, PROVISIONAL_AUTHORISATION ou"
                    + " SECURITY_QUESTIONNAIRE.",
                    "The attestation type is HOMOLOGATION, PROVISIONAL_AUTHORISATION or SECURITY_QUESTIONNAIRE.");
        }
        if (kind == AttestationKind.SECURITY_QUESTIONNAIRE) {
            if (receivedOn == null) {
                throw new InvalidInputException("Un questionnaire de sécurité se date (receivedOn).",
                        "A security questionnaire has a date (receivedOn).");
            }
            LocalDate latest = receivedOn.plus(QUESTIONNAIRE_VALIDITY);
            if (validUntil != null && validUntil.isAfter(latest)) {
                throw new InvalidInputException("Un questionnaire de sécurité vaut trois ans au plus : jusqu'au "
                        + latest + ".",
                        "A security questionnaire is valid for three years at most: until " + latest + ".");
            }
            return new SecurityAttestation(kind, receivedOn, validUntil != null ? validUntil : latest);
        }
        if (validUntil == null) {
            throw new InvalidInputException("Une homologation ou une autorisation provisoire a une date de fin"
                    + " (validUntil).",
                    "A homologation or a provisional authorisation has an end date (validUntil).");
        }
        if (receivedOn != null && validUntil.isBefore(receivedOn)) {
            throw new InvalidInputException("La date de fin suit la date de réception.",
                    "The end date follows the date of receipt.");
        }
        return new SecurityAttestation(kind, receivedOn, validUntil);
    }

    /** Whether the attestation covers {@code day}. */
    public boolean covers(LocalDate day) {
        return validUntil != null && !day.isAfter(validUntil);
    }

    /** The day from which its renewal is due. */
    public LocalDate renewalDueOn() {
        return validUntil.minus(RENEWAL_NOTICE);
    }

    public AttestationKind kind() {
        return kind;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
