package fr.imprimfip.production;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.shared.RetentionPolicy;

/** Advances sandbox deposits through a simulated production, one step every {@code imprimfip.sandbox.step-seconds}. */
@Stateless
public class SandboxSimulation {

    private static final int BATCH = 200;

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Deposits deposits;

    @Inject
    private Clock clock;

    @Inject
    private RetentionPolicy retention;

    @Inject
    @ConfigProperty(name = "imprimfip.sandbox.step-seconds", defaultValue = "30")
    long stepSeconds;

    /** Takes one step for every sandbox document due for one; returns how many deposits moved. */
    public int advance() {
        Instant now = clock.instant();
        Duration step = Duration.ofSeconds(stepSeconds);
        List<Long> due = deposits.sandboxDepositsDueForStep(now.minus(step), BATCH);
        for (Long id : due) {
            em.find(Deposit.class, id).simulateProduction(now, step, retention.finalContentExpiry(now));
        }
        return due.size();
    }
}
