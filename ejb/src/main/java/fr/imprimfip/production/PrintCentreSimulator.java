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
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.ProductionEvent;
import fr.imprimfip.persistence.DemoProfile;
import fr.imprimfip.registered.RegisteredNumber;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RefusalException;
import fr.imprimfip.shared.SendingType;

/**
 * Demo profile only: plays the print centre and La Poste, so that a letter deposited on the local platform reaches
 * "Expédié" (and registered mail its final status) without a print centre. Every
 * {@code imprimfip.production.simulator.step-seconds} each ready lot takes its next step (printed, enveloped, handed
 * to La Poste, with a deposit slip for registered lots) and each registered letter La Poste has moves on. Registered
 * letters meet every outcome, chosen by their rank in the lot so that the demo is predictable: rank 1, 5, 9...
 * presented then delivered, with a generated acknowledgement of receipt for LRAR; rank 2, 6... presented then
 * refused; rank 3, 7... presented then "Négligé" once the holding period has passed on the platform's clock
 * (move the demo clock, or shorten {@code imprimfip.registered.holding-days}); rank 4, 8... not delivered, with a
 * reason. Its reports go through the same feedback as a real print centre's, marked as simulated. Never active
 * outside the demo profile, whatever the configuration says.
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

    @Inject
    @ConfigProperty(name = "imprimfip.registered.holding-days", defaultValue = "15")
    long holdingDays;

    /**
     * What La Poste does with a registered letter of the demo: chosen by its registered number's serial, which follows
     * from one letter to the next whatever lot each went into, or by its rank in its lot when it has no number.
     */
    enum Outcome {
        DELIVERED, REFUSED, NOT_COLLECTED, DELIVERY_FAILED;

        static Outcome of(Deposits.RegisteredOnTheWay letter) {
            return of(letter.registeredNumber() == null ? letter.letter().sequence()
                    : RegisteredNumber.parse(letter.registeredNumber()).serial());
        }

        static Outcome of(int sequence) {
            return switch (sequence % 4) {
                case 1 -> DELIVERED;
                case 2 -> REFUSED;
                case 3 -> NOT_COLLECTED;
                default -> DELIVERY_FAILED;
            };
        }
    }

    static final String FAILURE_REASON = "Destinataire inconnu à l'adresse (simulation)";
    static final String REFUSAL_REASON = "Refusé par le destinataire (simulation)";

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
                String slip = next == ProductionEvent.HANDED_OVER ? "BD-" + lot : null;
                feedback.onLot(lot, next, new ProductionFeedback.Report(null, null, slip), true);
            }
            for (Deposits.RegisteredOnTheWay letter : deposits.registeredLettersOnTheWay(due, 500)) {
                deliver(letter);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Simulated print centre step failed; it will be tried again", e);
        }
    }

    /** La Poste's next move for one registered letter; a refused one is logged and left for the next step. */
    private void deliver(Deposits.RegisteredOnTheWay onTheWay) {
        String lot = em.find(PrintLot.class, onTheWay.letter().lotId()).reference();
        int sequence = onTheWay.letter().sequence();
        Outcome outcome = Outcome.of(onTheWay);
        try {
            if (onTheWay.status() == DocumentStatus.SHIPPED) {
                if (outcome == Outcome.DELIVERY_FAILED) {
                    feedback.onLetter(lot, sequence, ProductionEvent.DELIVERY_FAILED,
                            ProductionFeedback.Report.of(null, FAILURE_REASON), true);
                } else {
                    feedback.onLetter(lot, sequence, ProductionEvent.OUT_FOR_DELIVERY,
                            ProductionFeedback.Report.of(null, null), true);
                }
                return;
            }
            switch (outcome) {
                case DELIVERED -> {
                    feedback.onLetter(lot, sequence, ProductionEvent.DELIVERED, ProductionFeedback.Report.of(null,
                            null), true);
                    if (onTheWay.sendingType() == SendingType.LRAR) {
                        feedback.acknowledge(lot, sequence, SimulatedAcknowledgement.pdf(lot, sequence,
                                clock.instant()), "application/pdf");
                    }
                }
                case REFUSED -> feedback.onLetter(lot, sequence, ProductionEvent.REFUSED,
                        ProductionFeedback.Report.of(null, REFUSAL_REASON), true);
                case NOT_COLLECTED -> {
                    if (!onTheWay.since().plus(Duration.ofDays(holdingDays)).isAfter(clock.instant())) {
                        feedback.onLetter(lot, sequence, ProductionEvent.NOT_COLLECTED,
                                ProductionFeedback.Report.of(null, null), true);
                    }
                }
                default -> {
                    // a failed delivery is reported straight from the hand-over
                }
            }
        } catch (RefusalException | InvalidInputException e) {
            LOG.fine(() -> "Simulated delivery of letter " + sequence + " of lot " + lot + " refused");
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
