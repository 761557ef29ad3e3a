package fr.imprimfip.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who issues the statements (the platform's operator, the DGFiP by default): its name, service, postal address,
 * and its SIRET when configured. Read from the {@code imprimfip.billing.issuer-*} settings.
 */
public record StatementIssuer(String name, String service, String street, String postcode, String city,
                              Optional<String> siret) {

    public StatementIssuer {
        Objects.requireNonNull(name);
        Objects.requireNonNull(service);
        Objects.requireNonNull(street);
        Objects.requireNonNull(postcode);
        Objects.requireNonNull(city);
        siret = siret.map(String::strip).filter(s -> !s.isEmpty());
        if (siret.isPresent() && !siret.get().matches("\\d{14}")) {
            throw new IllegalArgumentException("The issuer's SIRET has 14 digits: " + siret.get());
        }
    }

    /** The defaults: the DGFiP's Imprim'FIP service in Paris, no SIRET. */
    public static StatementIssuer defaults() {
        return new StatementIssuer("Direction générale des Finances publiques (DGFiP)", "Service Imprim'FIP",
                "120 rue de Bercy", "75012", "Paris", Optional.empty());
    }

    /** The block's lines as printed at the top of the statement. */
    List<String> lines() {
        return List.of(name, service, street, postcode + " " + city);
    }
}
