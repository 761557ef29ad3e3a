package fr.imprimfip.lre;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The electronic delivery's clock, on every node every {@code imprimfip.lre.tick-seconds} (15): takes the LRE letters analysis left pending (so
 * a letter is notified within seconds of its analysis), sends the reminders and neglects the letters whose deadline
 * passed, then sends the LRE e-mails due again after a failure. Every step claims its rows (deposit lock, message
 * claim), so nodes ticking together never do one thing twice; a node without a known provider does nothing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LreTimer {

    private static final Logger LOG = Logger.getLogger(LreTimer.class.getName());
    private static final int BATCH = 500;

    @EJB
    private ElectronicLetters letters;

    @EJB
    private LreDeadlines deadlines;

    @EJB
    private LreMailer mailer;

    @Inject
    private LreProviders providers;

    @Inject
    @ConfigProperty(name = "imprimfip.lre.tick-seconds", defaultValue = "15")
    long tickSeconds;

    @Resource
    private TimerService timers;

    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    @PostConstruct
    void startTicking() {
        long period = Math.max(1, tickSeconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig("electronic delivery", false));
    }

    @Timeout
    void tick() {
        if (providers.current().isEmpty() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            takeLetters();
            for (long id : deadlines.remindersDue(BATCH)) {
                quietly(() -> deadlines.remind(id));
            }
            for (long id : deadlines.pastDeadline(BATCH)) {
                quietly(() -> deadlines.neglect(id));
            }
            mailer.deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Electronic delivery tick failed; the next one tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** Takes the pending LRE letters of production deposits; how many. */
    public int takeLetters() {
        int taken = 0;
        for (long depositId : letters.depositsToTake(BATCH)) {
            try {
                taken += letters.take(depositId);
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "LRE letters of deposit " + depositId + " not taken; next tick tries again", e);
            }
        }
        return taken;
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (EJBException contended) {
            LOG.fine(() -> "Electronic delivery step left to the next tick: " + contended.getMessage());
        }
    }
}
