package fr.imprimfip.production;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.deposit.ProductionEvent;
import fr.imprimfip.persistence.DemoProfile;

/**
 * Demo profile only: plays the print centre, so that a letter deposited on the local platform reaches "Expédié"
 * (and registered mail "Distribué") without a print centre. Every {@code imprimfip.production.simulator.step-seconds}
 * each ready lot takes its next step (printed, enveloped, handed to La Poste) and each registered letter handed over
 * one step earlier is delivered. Its reports go through the same feedback as a real print centre's, marked as
 * simulated. Never active outside the demo profile, whatever the configuration says.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrintCentreSimulator {

    private static final Logger LOG = Logger.getLogger(PrintCentreSimulator.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private ProductionFeedback feedback;

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Deposits deposits;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.production.simulator.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "imprimfip.production.simulator.step-seconds", defaultValue = "20")
    long stepSeconds;

    @PostConstruct
    void start() {
        if (!DemoProfile.enabled() || !enabled) {
            return;
        }
        long period = Duration.ofSeconds(stepSeconds).toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig("print centre simulator", false));
        LOG.warning(() -> "Demo profile: a simulated print centre advances print lots every " + stepSeconds + " s;"
                + " nothing is printed");
    }

    @Timeout
    void step() {
        try {
            Instant due = clock.instant().minusSeconds(stepSeconds);
            for (String lot : lotsDue(due)) {
                PrintLotStatus status = em.createNamedQuery("PrintLot.statusOf", PrintLotStatus.class)
                        .setParameter("reference", lot).getSingleResult();
                ProductionEvent next = switch (status) {
                    case READY -> ProductionEvent.PRINTED;
                    case PRINTED -> ProductionEvent.ENVELOPED;
                    default -> ProductionEvent.HANDED_OVER;
                };
                feedback.onLot(lot, next, null, null, true);
            }
            for (Deposits.LetterInLot letter : deposits.registeredLettersShippedBefore(due, 500)) {
                feedback.onLetter(em.find(PrintLot.class, letter.lotId()).reference(), letter.sequence(),
                        ProductionEvent.DELIVERED, null, null, true);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Simulated print centre step failed; it will be tried again", e);
        }
    }

    private List<String> lotsDue(Instant due) {
        return em.createNamedQuery("PrintLot.referencesInStatusesSince", String.class)
                .setParameter("statuses", List.of(PrintLotStatus.READY, PrintLotStatus.PRINTED,
                        PrintLotStatus.ENVELOPED))
                .setParameter("due", due)
                .setMaxResults(100)
                .getResultList();
    }
}
