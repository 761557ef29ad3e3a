package fr.imprimfip.batch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
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

    public long startAnnualBilling(int year, String requestedBy) {
        Properties parameters = new Properties();
        parameters.setProperty("year", Integer.toString(year));
        return start(ANNUAL_BILLING, parameters, requestedBy);
    }

    /** Purges what has expired at {@code asOf} (now when null). */
    public long startRetentionPurge(Instant asOf, String requestedBy) {
        Properties parameters = new Properties();
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
