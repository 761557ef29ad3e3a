package fr.imprimfip.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
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

import fr.imprimfip.access.MaintenanceSchedule;
import fr.imprimfip.notification.Outbox;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.ScheduledRuns;

/**
 * When the jobs run by themselves, on one node of the cluster: the retention purge every night
 * ({@code imprimfip.retention.purge-at}, 00:30 Paris time by default, moved to the end of a maintenance window it
 * would fall in), and on 2 January the reminder to finance staff to bill the year just ended.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchSchedule {

    private static final Logger LOG = Logger.getLogger(BatchSchedule.class.getName());
    private static final String NIGHTLY_PURGE = "nightly purge";
    private static final String BILLING_REMINDER = "billing reminder";

    @Resource
    private TimerService timers;

    @Inject
    private JobRuns jobs;

    @Inject
    private MaintenanceSchedule maintenance;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.retention.purge-enabled", defaultValue = "true")
    boolean purgeEnabled;

    @Inject
    @ConfigProperty(name = "imprimfip.retention.purge-at", defaultValue = "00:30")
    String purgeAt;

    /** Comma-separated addresses of finance staff for the January reminder (none: the reminder is only logged). */
    @Inject
    @ConfigProperty(name = "imprimfip.finance.reminder-to", defaultValue = " ")
    String financeAddresses;

    @PostConstruct
    void schedule() {
        if (purgeEnabled) {
            String[] time = purgeAt.split(":");
            timers.createCalendarTimer(new ScheduleExpression().hour(time[0]).minute(time[1]).second(0)
                    .timezone(BusinessCalendar.PARIS.getId()), new TimerConfig(NIGHTLY_PURGE, false));
            LOG.info(() -> "Retention purge every night at " + purgeAt + " (Paris time)");
        }
        timers.createCalendarTimer(new ScheduleExpression().month(1).dayOfMonth(2).hour(8).minute(0).second(0)
                .timezone(BusinessCalendar.PARIS.getId()), new TimerConfig(BILLING_REMINDER, false));
    }

    @Timeout
    void fire(Timer timer) {
        try {
            if (BILLING_REMINDER.equals(timer.getInfo())) {
                remindBilling(LocalDate.now(clock.withZone(BusinessCalendar.PARIS)).getYear() - 1);
            } else {
                purgeTonight();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Scheduled " + timer.getInfo() + " failed", e);
        }
    }

    /** Starts tonight's purge on this node unless another did, or moves it after a maintenance window. */
    void purgeTonight() {
        Instant now = clock.instant();
        Optional<Instant> maintenanceEnds = maintenance.until(now);
        if (maintenanceEnds.isPresent()) {
            Instant later = maintenanceEnds.get().plusSeconds(300);
            timers.createSingleActionTimer(java.util.Date.from(later), new TimerConfig(NIGHTLY_PURGE + " (moved)",
                    false));
            LOG.info(() -> "Retention purge moved after the maintenance window, to " + later);
            return;
        }
        if (claim("retention-purge", LocalDate.now(clock.withZone(BusinessCalendar.PARIS)).toString())) {
            long id = jobs.startScheduledRetentionPurge("schedule");
            LOG.info(() -> "Nightly retention purge started as execution " + id);
        }
    }

    /** Tells finance staff, once, that the year {@code year} is to be billed. */
    void remindBilling(int year) {
        if (!claim("billing-reminder", Integer.toString(year))) {
            return;
        }
        String text = "L'année " + year + " est close : lancez sa facturation annuelle (POST /finance/billing-runs"
                + " {\"year\": " + year + "}), vérifiez les relevés, puis émettez-les (voir docs/billing.md).";
        LOG.warning(() -> "Billing reminder: " + text);
        List<String> to = Arrays.stream(financeAddresses.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .toList();
        outbox.queueToStaff(to, "BILLING_REMINDER", "Facturation " + year + " à lancer", text);
    }

    private boolean claim(String job, String key) {
        try {
            runs.claim(job, key);
            return true;
        } catch (EJBException takenByAnotherNode) {
            LOG.fine(() -> job + " " + key + " already done by another node");
            return false;
        }
    }
}
