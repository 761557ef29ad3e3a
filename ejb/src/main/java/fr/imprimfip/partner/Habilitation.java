package fr.imprimfip.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * A partner's habilitation (DataPass) for one environment: its period, what it allows, the DataPass request it
 * grants, and since when it is active (a sandbox habilitation at once, a production one once activated).
 */
@Embeddable
public class Habilitation {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ServiceEnvironment environment;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "may_deposit", nullable = false)
    private boolean mayDeposit;

    @Column(name = "may_read", nullable = false)
    private boolean mayRead;

    @Embedded
    private DataPassRequest dataPass;

    @Column(name = "activated_at")
    private Instant activatedAt;

    protected Habilitation() {
    }

    public Habilitation(ServiceEnvironment environment, LocalDate validFrom, LocalDate validUntil, boolean mayDeposit,
                        boolean mayRead, DataPassRequest dataPass) {
        this(environment, validFrom, validUntil, mayDeposit, mayRead);
        this.dataPass = dataPass;
    }

    public Habilitation(ServiceEnvironment environment, LocalDate validFrom, LocalDate validUntil, boolean mayDeposit,
                        boolean mayRead) {
        this.environment = Objects.requireNonNull(environment);
        this.validFrom = Objects.requireNonNull(validFrom);
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new InvalidInputException("Une habilitation finit après avoir commencé.",
                    "A habilitation ends after it starts.");
        }
        if (!mayDeposit && !mayRead) {
            throw new InvalidInputException("Une habilitation autorise le dépôt, la lecture ou les deux.",
                    "A habilitation allows deposit, reading or both.");
        }
        this.validUntil = validUntil;
        this.mayDeposit = mayDeposit;
        this.mayRead = mayRead;
    }

    /** The same habilitation without the DataPass request's facts (erased at the end of their retention). */
    Habilitation withoutDataPass() {
        Habilitation erased = new Habilitation(environment, validFrom, validUntil, mayDeposit, mayRead);
        erased.activatedAt = activatedAt;
        return erased;
    }

    /** The same habilitation, active from {@code at}. */
    Habilitation activatedAt(Instant at) {
        Habilitation active = new Habilitation(environment, validFrom, validUntil, mayDeposit, mayRead, dataPass);
        active.activatedAt = Objects.requireNonNull(at);
        return active;
    }

    public boolean active() {
        return activatedAt != null;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public DataPassRequest dataPass() {
        return dataPass;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public boolean allows(Operation operation) {
        return operation == Operation.DEPOSIT ? mayDeposit : mayRead;
    }

    /** What a call does with the partner's data. */
    public enum Operation { DEPOSIT, READ }

    @Override
    public boolean equals(Object other) {
        return other instanceof Habilitation h && environment == h.environment && validFrom.equals(h.validFrom)
                && Objects.equals(validUntil, h.validUntil) && mayDeposit == h.mayDeposit && mayRead == h.mayRead
                && Objects.equals(dataPass, h.dataPass) && Objects.equals(activatedAt, h.activatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, validFrom, validUntil, mayDeposit, mayRead, dataPass, activatedAt);
    }

    public ServiceEnvironment environment() {
        return environment;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public boolean mayDeposit() {
        return mayDeposit;
    }

    public boolean mayRead() {
        return mayRead;
    }
}
