package fr.imprimfip.console.finance;

import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import fr.imprimfip.batch.JobHeartbeats;
import fr.imprimfip.batch.JobRunView;
import fr.imprimfip.batch.JobRuns;
import fr.imprimfip.batch.NoSuchJobRunException;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.partner.Partners;

/**
 * Reads a billing run's progress from the batch service, as the finance API's {@code GET /billing-runs/{id}}
 * describes it, with the node whose heartbeat it last gave. Shared by the billing page and its live endpoint.
 */
@ApplicationScoped
public class BillingRunWatch {

    @EJB(lookup = PlatformServices.JOB_RUNS)
    JobRuns jobs;

    @EJB(lookup = PlatformServices.JOB_HEARTBEATS)
    JobHeartbeats heartbeats;

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    /** The run {@code executionId} of the annual billing, if it is one. */
    public Optional<RunProgress> progress(long executionId) {
        try {
            return Optional.of(progress(jobs.describe(executionId, JobRuns.ANNUAL_BILLING)));
        } catch (NoSuchJobRunException unknown) {
            return Optional.empty();
        }
    }

    /** The newest annual billing run, if any ever ran. */
    public Optional<RunProgress> latest() {
        return jobs.latest(JobRuns.ANNUAL_BILLING).map(this::progress);
    }

    private RunProgress progress(JobRunView run) {
        String node = run.finished() ? null
                : heartbeats.last(run.executionId()).map(JobHeartbeats.Beat::node).orElse(null);
        long count = partners.partnerIdsAfter(0, Integer.MAX_VALUE).size();
        return RunProgress.of(run, count, node, Instant.now());
    }
}
