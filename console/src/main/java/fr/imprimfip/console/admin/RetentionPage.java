package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.batch.JobRuns;
import fr.imprimfip.console.Confirmation;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.ParisTime;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.console.security.StaffMember;

/**
 * The retention purge as the platform wants it run: a dry run first, whose counts the page shows, then the real
 * run, confirmed from those counts and naming that dry run (same reference instant, less than a day old: the
 * platform's rule, told by its refusal otherwise). Both runs are followed until they finish ({@code
 * js/suivi-execution.js} refreshes the page when they do; without script, the refresh button).
 */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

    static final String PURGE = "purger";

    @EJB(lookup = PlatformServices.JOB_RUNS)
    JobRuns jobs;

    @Inject
    StaffActions actions;

    @Inject
    StaffMember staff;

    private final Confirmation confirmation = new Confirmation();
    private String asOf;
    /** The reference instant the dry run was asked for ({@code null}: now), which the real run repeats. */
    private Instant dryRunAsOf;
    private String dryRunAsOfText;
    private Long dryRunId;
    private Long realRunId;
    private RunRow dryRun;
    private RunRow realRun;

    public void startDryRun() {
        Instant[] asked = new Instant[1];
        Long id = actions.perform("conservation.essai", asOf == null || asOf.isBlank() ? "maintenant" : asOf,
                () -> {
                    asked[0] = ParisTime.parse(asOf, "Date de référence");
                    return jobs.startRequestedRetentionPurge(asked[0], true, null, staff.name());
                }, "Essai à blanc lancé : rien n'est détruit, il compte ce qui le serait.");
        if (id != null) {
            dryRunId = id;
            dryRunAsOf = asked[0];
            dryRunAsOfText = asked[0] == null ? "maintenant" : FrenchFormats.instant(asked[0]);
            realRunId = null;
            realRun = null;
            confirmation.cancel();
        }
        refresh();
    }

    public void askPurge() {
        confirmation.ask(PURGE);
        refresh();
    }

    public void cancel() {
        confirmation.cancel();
        refresh();
    }

    /** The confirmed real run, following the dry run whose counts were shown. */
    public void purge() {
        if (confirmation.confirm(PURGE) && dryRunId != null) {
            realRunId = actions.perform("conservation.purger", "essai " + dryRunId,
                    () -> jobs.startRequestedRetentionPurge(dryRunAsOf, false, dryRunId, staff.name()),
                    "Purge lancée à la suite de l'essai à blanc n° " + dryRunId + ".");
        }
        refresh();
    }

    /** Reads both runs again. */
    public void refresh() {
        dryRun = dryRunId == null ? null : RunRow.of(jobs.describe(dryRunId, JobRuns.RETENTION_PURGE));
        realRun = realRunId == null ? null : RunRow.of(jobs.describe(realRunId, JobRuns.RETENTION_PURGE));
    }

    /** The run the page is waiting for, if any: the script polls it. */
    public Long getWatched() {
        if (realRun != null && !realRun.finished()) {
            return realRun.executionId();
        }
        return dryRun != null && !dryRun.finished() ? dryRun.executionId() : null;
    }

    public boolean isPurgeOffered() {
        return dryRun != null && dryRun.completed() && realRunId == null;
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public String getDryRunAsOf() {
        return dryRunAsOfText;
    }

    public RunRow getDryRun() {
        return dryRun;
    }

    public RunRow getRealRun() {
        return realRun;
    }
}
