package fr.imprimfip.lre;

import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import fr.imprimfip.readiness.ReadinessCondition;
import fr.imprimfip.readiness.ReadinessConditions;

/**
 * The provider {@code imprimfip.lre.provider} names, chosen at start. An unknown name leaves the node not ready
 * (condition {@code lre-provider} on {@code /health/ready}) with a log line saying which names exist: letters are not
 * taken nor e-mailed by a node that cannot deliver them.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LreProviders {

    private static final Logger LOG = Logger.getLogger(LreProviders.class.getName());

    @Inject
    @Any
    Instance<LreProvider> providers;

    @Inject
    LreSettings settings;

    @Inject
    ReadinessConditions readiness;

    private LreProvider selected;
    private String refusal;

    @PostConstruct
    void select() {
        String wanted = settings.provider();
        selected = providers.stream().filter(p -> p.name().equals(wanted)).findFirst().orElse(null);
        if (selected != null) {
            LOG.info(() -> "Electronic registered letters delivered by provider '" + wanted + "'");
            return;
        }
        String known = providers.stream().map(LreProvider::name).sorted().collect(Collectors.joining(", "));
        refusal = "unknown electronic registered delivery provider '" + wanted + "' (imprimfip.lre.provider);"
                + " known: " + known;
        LOG.severe(() -> refusal + ". Electronic registered letters are neither taken nor notified on this node.");
        // registered only to refuse: a condition that holds must not make a node look ready before the others exist
        readiness.require(ReadinessCondition.of("lre-provider", () -> Optional.of(refusal)));
    }

    /** The selected provider; empty when the setting names none. */
    public Optional<LreProvider> current() {
        return Optional.ofNullable(selected);
    }

    /** The selected provider, for a caller that cannot do without one. */
    public LreProvider required() {
        if (selected == null) {
            throw new IllegalStateException(refusal);
        }
        return selected;
    }
}
