package fr.imprimfip.console.finance;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.imprimfip.batch.JobRunView;
import fr.imprimfip.batch.JobRuns;
import fr.imprimfip.billing.BillingService;
import fr.imprimfip.billing.Statement;
import fr.imprimfip.console.Badge;
import fr.imprimfip.console.BusinessYear;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;

/**
 * What needs a finance officer's attention today: the year's statements still in draft, the last billing run, and that
 * run when it failed.
 */
@Named
@RequestScoped
public class FinanceHome {

    @EJB(lookup = PlatformServices.BILLING)
    BillingService billing;

    @EJB(lookup = PlatformServices.JOB_RUNS)
    JobRuns jobs;

    private int year;
    private long drafts;
    private long issued;
    private Optional<JobRunView> lastRun;

    @PostConstruct
    void read() {
        year = BusinessYear.current();
        List<Statement> statements = billing.statements(year);
        issued = statements.stream().filter(Statement::issued).count();
        drafts = statements.size() - issued;
        lastRun = jobs.latest(JobRuns.ANNUAL_BILLING);
    }

    public int getYear() {
        return year;
    }

    public long getDrafts() {
        return drafts;
    }

    public long getIssued() {
        return issued;
    }

    public boolean isRunKnown() {
        return lastRun.isPresent();
    }

    public String getRunNumber() {
        return lastRun.map(JobRunView::executionId).map(id -> "n° " + id).orElse("");
    }

    public Badge getRunStatus() {
        return lastRun.map(run -> Badge.ofRun(run.batchStatus())).orElse(null);
    }

    public String getRunStartedAt() {
        return lastRun.map(run -> FrenchFormats.instant(run.startedAt())).orElse("");
    }

    /** The failed runs needing attention: the last run, when it failed, stopped or was abandoned (0 or 1). */
    public int getFailedRuns() {
        return lastRun.filter(run -> RunProgress.restartable(run.batchStatus())).isPresent() ? 1 : 0;
    }

    /** The last run's execution id, to open it on the billing page. */
    public Long getRunId() {
        return lastRun.map(JobRunView::executionId).orElse(null);
    }

    public String getRunEndedAt() {
        return lastRun.map(run -> FrenchFormats.instant(run.endedAt())).orElse("");
    }
}
