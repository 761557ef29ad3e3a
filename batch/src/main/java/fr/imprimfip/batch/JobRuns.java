package fr.imprimfip.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.imprimfip.audit.LogCorrelation;
import fr.imprimfip.shared.InvalidInputException;

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
    /** How long a dry run's counts stand for the real run that follows it. */
    static final Duration DRY_RUN_VALIDITY = Duration.ofHours(24);
    /** The instant a purge was asked for as, or {@link #AS_OF_NOW}: what "same parameters" compares. */
    private static final String AS_OF_REQUESTED = "asOfRequested";
    private static final String AS_OF_NOW = "now";
    /** When, by the platform's clock, the run was asked for. */
    private static final String REQUESTED_AT = "requestedAt";
    /** The run's correlation id: its lines and its steps' audit records carry it ({@link RunCorrelation}). */
    static final String CORRELATION_ID = "correlationId";

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
                        throw new JobNotRestartableException(alive.french(), alive.english());
                    });
        }
        Properties parameters = new Properties();
        parameters.putAll(operator.getParameters(executionId));
        // a restart keeps the original parameters unless given new values: blank ones clear the injected faults
        parameters.setProperty(FaultInjection.FAIL_ON_ITEM, "");
        parameters.setProperty(FaultInjection.ITEM_DELAY_MILLIS, "");
        parameters.setProperty("requestedBy", requestedBy);
        parameters.setProperty(CORRELATION_ID, runCorrelationId());
        try {
            long id = operator.restart(executionId, parameters);
            LOG.info(() -> "Job " + jobName + " execution " + executionId + " restarted as " + id + " by "
                    + requestedBy);
            return id;
        } catch (JobRestartException | JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException e) {
            LOG.info(() -> "Job " + jobName + " execution " + executionId + " not restarted: " + e.getMessage());
            throw new JobNotRestartableException("elle est terminée, ou une exécution plus récente existe.",
                    "it has ended, or a more recent run exists.");
        }
    }

    /** The nightly purge: what has expired now. */
    public long startScheduledRetentionPurge(String requestedBy) {
        return startRetentionPurge(null, false, requestedBy);
    }

    /**
     * A purge an administrator asked for. A dry run may look at any instant, the future included, and destroys
     * nothing. A real run destroys, so it is refused as of an instant not yet come (the future would destroy letters
     * still waiting for print) and unless it follows a completed dry run of the same parameters started less than
     * {@link #DRY_RUN_VALIDITY} ago, whose counts the administrator has read.
     */
    public long startRequestedRetentionPurge(Instant asOf, boolean dryRun, Long followsDryRun, String requestedBy) {
        Instant now = clock.instant();
        if (!dryRun) {
            if (asOf != null && asOf.isAfter(now)) {
                throw new InvalidInputException("Une purge réelle ne peut pas être lancée à une date future (asOf "
                        + asOf + " est après maintenant, " + now + ") : seul un essai à blanc peut anticiper.",
                        "A real purge cannot be started for a future date (asOf " + asOf + " is after now, " + now
                        + "): only a dry run may look ahead.");
            }
            checkFollowsDryRun(followsDryRun, asOf, now);
        }
        return startRetentionPurge(asOf, dryRun, requestedBy);
    }

    private void checkFollowsDryRun(Long dryRunId, Instant asOf, Instant now) {
        if (dryRunId == null) {
            throw new InvalidInputException("Une purge réelle doit suivre un essai à blanc : lancez d'abord"
                    + " {\"dryRun\": true} avec les mêmes paramètres, lisez ses comptes, puis relancez avec"
                    + " \"followsDryRun\": son identifiant.",
                    "A real purge must follow a dry run: first start {\"dryRun\": true} with the same parameters,"
                    + " read its counts, then start again with \"followsDryRun\": its id.");
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties dryRun;
        BatchStatus status;
        try {
            JobExecution execution = operator.getJobExecution(dryRunId);
            if (!RETENTION_PURGE.equals(execution.getJobName())) {
                throw new InvalidInputException("L'exécution " + dryRunId + " n'est pas une purge.",
                        "Run " + dryRunId + " is not a purge.");
            }
            dryRun = operator.getParameters(dryRunId);
            status = execution.getBatchStatus();
        } catch (NoSuchJobExecutionException e) {
            throw new InvalidInputException("Aucun essai à blanc n'a l'identifiant " + dryRunId + ".",
                    "No dry run has the id " + dryRunId + ".");
        }
        if (!Boolean.parseBoolean(dryRun.getProperty("dryRun"))) {
            throw new InvalidInputException("L'exécution " + dryRunId + " n'était pas un essai à blanc.",
                    "Run " + dryRunId + " was not a dry run.");
        }
        if (status != BatchStatus.COMPLETED) {
            throw new InvalidInputException("L'essai à blanc " + dryRunId + " n'est pas terminé (" + status + ").",
                    "Dry run " + dryRunId + " has not ended (" + status + ").");
        }
        String asked = asOf == null ? AS_OF_NOW : asOf.toString();
        if (!asked.equals(dryRun.getProperty(AS_OF_REQUESTED))) {
            throw new InvalidInputException("L'essai à blanc " + dryRunId + " portait sur asOf "
                    + dryRun.getProperty(AS_OF_REQUESTED) + ", pas sur " + asked + " : mêmes paramètres requis.",
                    "Dry run " + dryRunId + " was for asOf " + dryRun.getProperty(AS_OF_REQUESTED) + ", not "
                    + asked + ": the same parameters are required.");
        }
        String requestedAt = dryRun.getProperty(REQUESTED_AT);
        if (requestedAt == null || Instant.parse(requestedAt).isBefore(now.minus(DRY_RUN_VALIDITY))) {
            throw new InvalidInputException("L'essai à blanc " + dryRunId + " date de plus de 24 h : refaites-le.",
                    "Dry run " + dryRunId + " is more than 24 hours old: run it again.");
        }
    }

    private long startRetentionPurge(Instant asOf, boolean dryRun, String requestedBy) {
        Instant now = clock.instant();
        Properties parameters = new Properties();
        parameters.setProperty("dryRun", Boolean.toString(dryRun));
        parameters.setProperty("asOf", (asOf == null ? now : asOf).toString());
        parameters.setProperty(AS_OF_REQUESTED, asOf == null ? AS_OF_NOW : asOf.toString());
        parameters.setProperty(REQUESTED_AT, now.toString());
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

    /** The newest execution of job {@code jobName} (a restart is newer than the run it restarts), if it ever ran. */
    public Optional<JobRunView> latest(String jobName) {
        if (!JOBS.contains(jobName)) {
            throw new IllegalArgumentException("Unknown job " + jobName);
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            List<JobInstance> newest = operator.getJobInstances(jobName, 0, 1);
            return newest.stream().flatMap(instance -> operator.getJobExecutions(instance).stream())
                    .max(Comparator.comparingLong(JobExecution::getExecutionId))
                    .map(execution -> describe(execution.getExecutionId(), jobName));
        } catch (NoSuchJobException neverRan) {
            return Optional.empty();
        }
    }

    private long start(String job, Properties parameters, String requestedBy) {
        parameters.setProperty("requestedBy", requestedBy);
        parameters.setProperty(CORRELATION_ID, runCorrelationId());
        long id = BatchRuntime.getJobOperator().start(job, parameters);
        LOG.info(() -> "Job " + job + " started as execution " + id + " by " + requestedBy);
        return id;
    }

    /** The id of the request starting a run, for the run's lines ({@link RunCorrelation}); a new one if none. */
    private static String runCorrelationId() {
        String current = LogCorrelation.current();
        return current != null ? current : UUID.randomUUID().toString();
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
