package fr.imprimfip.console.finance;

import java.io.Serializable;
import java.util.List;
import java.util.Properties;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.batch.FaultInjection;
import fr.imprimfip.batch.JobRuns;
import fr.imprimfip.console.BusinessYear;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.console.security.StaffMember;

/**
 * The annual billing: start a year's run with the parameters the finance API takes, follow it (the page's script
 * asks {@link BillingProgressServlet} every 1.5 s; without script the page shows the state it was opened in), and
 * restart a failed run from its last committed chunk.
 */
@Named
@ViewScoped
public class BillingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_OFFERED = 6;

    @EJB(lookup = PlatformServices.JOB_RUNS)
    JobRuns jobs;

    @Inject
    BillingRunWatch watch;

    @Inject
    StaffActions actions;

    @Inject
    StaffMember staff;

    private int year = BusinessYear.current();
    private String failOnItem;
    private String itemDelayMillis;
    private Long execution;
    private transient RunProgress progress;

    /** The run of the page's {@code execution} parameter, or else the newest one. */
    public void load() {
        progress = (execution == null ? watch.latest() : watch.progress(execution)).orElse(null);
        execution = progress == null ? null : progress.executionId();
    }

    public void start() {
        int billed = year;
        Properties faults = new Properties();
        if (faultInjection()) {
            put(faults, FaultInjection.FAIL_ON_ITEM, failOnItem);
            put(faults, FaultInjection.ITEM_DELAY_MILLIS, itemDelayMillis);
        }
        Long started = actions.perform("facturation.lancer", Integer.toString(billed),
                () -> jobs.startAnnualBilling(billed, staff.name(), faults),
                "La facturation de l'exercice " + billed + " est lancée.");
        if (started != null) {
            execution = started;
        }
        load();
    }

    /** Restarts the failed run shown, from its last committed chunk. */
    public void restart() {
        if (execution == null) {
            return;
        }
        long failed = execution;
        Long restarted = actions.perform("facturation.relancer", Long.toString(failed),
                () -> jobs.restart(failed, JobRuns.ANNUAL_BILLING, staff.name()),
                "La facturation n° " + failed + " est relancée depuis son dernier lot validé.");
        if (restarted != null) {
            execution = restarted;
        }
        load();
    }

    private static void put(Properties faults, String name, String value) {
        if (value != null && !value.isBlank()) {
            faults.setProperty(name, value.strip());
        }
    }

    /** Whether this server takes the batch's test faults (never in production): the form then offers them. */
    public boolean faultInjection() {
        return FaultInjection.enabled();
    }

    public List<Integer> years() {
        return BusinessYear.recent(YEARS_OFFERED);
    }

    public RunProgress getProgress() {
        return progress;
    }

    public Long getExecution() {
        return execution;
    }

    public void setExecution(Long execution) {
        this.execution = execution;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getFailOnItem() {
        return failOnItem;
    }

    public void setFailOnItem(String failOnItem) {
        this.failOnItem = failOnItem;
    }

    public String getItemDelayMillis() {
        return itemDelayMillis;
    }

    public void setItemDelayMillis(String itemDelayMillis) {
        this.itemDelayMillis = itemDelayMillis;
    }
}
