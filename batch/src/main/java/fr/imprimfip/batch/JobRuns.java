package fr.imprimfip.batch;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Starts the platform's batch jobs and reports on their executions. Jobs are started from this module so that the
 * job operator resolves the job XMLs packaged here.
 */
@Stateless
public class JobRuns {

    public static final String ANNUAL_BILLING = "annual-billing";
    public static final String RETENTION_PURGE = "retention-purge";
    private static final Set<String> JOBS = Set.of(ANNUAL_BILLING, RETENTION_PURGE);
    private static final Logger LOG = Logger.getLogger(JobRuns.class.getName());

    @Inject
    private Clock clock;

    @Inject
    private JobHeartbeats heartbeats;

    public long startAnnualBilling(int year, String requestedBy) {
        return startAnnualBilling(year, requestedBy, new Properties());
    }

    /** The same, with the faults the restart tests inject (see {@link FaultInjection}). */
    public long startAnnualBilling(int year, String requestedBy, Properties faults) {
        Properties parameters = new Properties();
        if (FaultInjection.enabled()) {
            parameters.putAll(faults);
        }
        parameters.setProperty("year", Integer.toString(year));
        return start(ANNUAL_BILLING, parameters, requestedBy);
    }

    /**
     * Restarts the failed, stopped or abruptly ended (node stopped in the middle) execution {@code executionId} of
     * {@code jobName} from its last committed chunk, with its parameters minus any injected fault; returns the new
     * execution's id.
     */
    public long restart(long executionId, String jobName, String requestedBy) {
        describe(executionId, jobName);
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = operator.getJobExecution(executionId);
        if (execution.getBatchStatus() == BatchStatus.STARTED || execution.getBatchStatus() == BatchStatus.STARTING) {
            Date started = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
            RunLiveness.aliveBecause(heartbeats.last(executionId), heartbeats.runsHere(executionId),
                    JobHeartbeats.THIS_NODE, started == null ? null : started.toInstant(), clock.instant())
                    .ifPresent(alive -> {
                        throw new JobNotRestartableException(alive);
                    });
        }
        Properties parameters = new Properties();
        parameters.putAll(operator.getParameters(executionId));
        // a restart keeps the original parameters unless given new values: blank ones clear the injected faults
        parameters.setProperty(FaultInjection.FAIL_ON_ITEM, "");
        parameters.setProperty(FaultInjection.ITEM_DELAY_MILLIS, "");
        parameters.setProperty("requestedBy", requestedBy);
        try {
            long id = operator.restart(executionId, parameters);
            LOG.info(() -> "Job " + jobName + " execution " + executionId + " restarted as " + id + " by "
                    + requestedBy);
            return id;
        } catch (JobRestartException | JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException e) {
            throw new JobNotRestartableException(e.getMessage());
        }
    }

    /** Purges what has expired at {@code asOf} (now when null). */
    public long startRetentionPurge(Instant asOf, String requestedBy) {
        return startRetentionPurge(asOf, false, requestedBy);
    }

    /** The same; a dry run destroys nothing, its steps' counts telling what would go. */
    public long startRetentionPurge(Instant asOf, boolean dryRun, String requestedBy) {
        Properties parameters = new Properties();
        parameters.setProperty("dryRun", Boolean.toString(dryRun));
        parameters.setProperty("asOf", (asOf == null ? clock.instant() : asOf).toString());
        return start(RETENTION_PURGE, parameters, requestedBy);
    }

    /** The execution {@code executionId} of job {@code jobName}; any other id is unknown. */
    public JobRunView describe(long executionId, String jobName) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (!JOBS.contains(jobName) || !jobName.equals(execution.getJobName())) {
                throw new NoSuchJobRunException(executionId);
            }
            List<StepExecution> steps = operator.getStepExecutions(executionId);
            return JobRunView.of(execution, steps.stream().map(JobRuns::stepView).toList());
        } catch (NoSuchJobExecutionException e) {
            throw new NoSuchJobRunException(executionId);
        }
    }

    private long start(String job, Properties parameters, String requestedBy) {
        parameters.setProperty("requestedBy", requestedBy);
        long id = BatchRuntime.getJobOperator().start(job, parameters);
        LOG.info(() -> "Job " + job + " started as execution " + id + " by " + requestedBy);
        return id;
    }

    private static JobRunView.Step stepView(StepExecution step) {
        return new JobRunView.Step(step.getStepName(), step.getBatchStatus().name(), step.getExitStatus(),
                metric(step, Metric.MetricType.READ_COUNT), metric(step, Metric.MetricType.WRITE_COUNT),
                metric(step, Metric.MetricType.FILTER_COUNT), metric(step, Metric.MetricType.COMMIT_COUNT),
                metric(step, Metric.MetricType.ROLLBACK_COUNT));
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        for (Metric metric : step.getMetrics()) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }
}
