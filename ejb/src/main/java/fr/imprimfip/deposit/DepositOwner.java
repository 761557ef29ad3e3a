package fr.imprimfip.deposit;

import java.util.Objects;

import fr.imprimfip.shared.ServiceEnvironment;

/**
 * Whose deposits a caller sees: its partner's, in the environment of the credential it used. Sandbox credentials
 * never see production deposits, nor the other way round.
 */
public record DepositOwner(long partnerId, ServiceEnvironment environment) {

    public DepositOwner {
        Objects.requireNonNull(environment, "environment");
    }
}
