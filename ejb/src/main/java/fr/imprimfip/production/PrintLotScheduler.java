package fr.imprimfip.production;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.shared.BusinessCalendar;

/**
 * The production cut-offs, Paris time: at each one, pending production letters are gathered into print lots and
 * the lots are composed. The times come from {@code imprimfip.production.cutoff.hour/minute/second} (EJB calendar
 * syntax; 7:00, 11:00 and 15:00 by default, which leaves the print centre two working days). Lots left uncomposed by
 * a node that stopped are composed at the next cut-off of any node.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrintLotScheduler {

    private static final Logger LOG = Logger.getLogger(PrintLotScheduler.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private PrintLots lots;

    @EJB
    private PrintLotComposer composer;

    @Inject
    @ConfigProperty(name = "imprimfip.production.cutoff.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "imprimfip.production.cutoff.hour", defaultValue = "7,11,15")
    String hour;

    @Inject
    @ConfigProperty(name = "imprimfip.production.cutoff.minute", defaultValue = "0")
    String minute;

    @Inject
    @ConfigProperty(name = "imprimfip.production.cutoff.second", defaultValue = "0")
    String second;

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("Production cut-offs are disabled on this node");
            return;
        }
        ScheduleExpression cutoffs = new ScheduleExpression().hour(hour).minute(minute).second(second)
                .timezone(BusinessCalendar.PARIS.getId());
        timers.createCalendarTimer(cutoffs, new TimerConfig("production cut-off", false));
        LOG.info(() -> "Production cut-offs at hour " + hour + ", minute " + minute + ", second " + second
                + " (Paris time)");
    }

    @Timeout
    void cutOff(Timer timer) {
        try {
            runCutOff();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Production cut-off failed; the letters wait for the next one", e);
        }
    }

    /** Builds the lots of a cut-off and composes them; returns the new lots' ids. */
    public List<Long> runCutOff() {
        List<Long> built = new java.util.ArrayList<>();
        List<Long> batch;
        while (!(batch = lots.cutOff()).isEmpty()) {
            built.addAll(batch);
        }
        composer.composeWaiting();
        if (!built.isEmpty()) {
            LOG.info(() -> "Production cut-off: " + built.size() + " print lots built");
        }
        return built;
    }
}
