package fr.imprimfip.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
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
 * Every node probes the partner door every {@code imprimfip.availability.probe-seconds} (30, dividing an hour) and
 * records what it saw; a probe that cannot be recorded (the database is down) leaves its slot without a successful
 * probe, so unavailable. Once an hour, probes older than {@code imprimfip.availability.keep-days} (400) are forgotten.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AvailabilityProbeTimer {

    private static final Logger LOG = Logger.getLogger(AvailabilityProbeTimer.class.getName());
    static final String NODE = System.getProperty("jboss.node.name", "standalone");

    @EJB
    private AvailabilityProbes probes;

    @Inject
    private ServiceState state;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.availability.keep-days", defaultValue = "400")
    long keepDays;

    @Resource
    private TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastForget = Instant.MIN;

    @PostConstruct
    void startProbing() {
        long period = probes.period() * 1000;
        LOG.info(() -> "Availability probes every " + probes.period() + " s on node " + NODE);
        timers.createIntervalTimer(period, period, new TimerConfig("availability probe", false));
    }

    @Timeout
    void probe() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            ServiceState.State seen = state.check();
            Instant now = clock.instant();
            probes.record(AvailabilityProbe.of(NODE, now, seen));
            if (Duration.between(lastForget, now).toHours() >= 1 || now.isBefore(lastForget)) {
                lastForget = now;
                probes.forgetBefore(now.minus(Duration.ofDays(Math.max(1, keepDays))));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Availability probe not recorded; its slot counts as unavailable", e);
        } finally {
            running.set(false);
        }
    }
}
