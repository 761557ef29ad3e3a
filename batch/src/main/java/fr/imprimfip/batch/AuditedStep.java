package fr.imprimfip.batch;

import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.audit.AuditRecord;
import fr.imprimfip.audit.AuditTrail;
import fr.imprimfip.audit.LogCorrelation;

/**
 * Records every step of every job in the audit trail once it ends: the job and step, who started the run, the
 * run's id and correlation id ({@link RunCorrelation}), the outcome and the step's metrics (items read, written,
 * commits...), and whether it was a dry run.
 */
@Dependent
@Named("auditedStep")
public class AuditedStep extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    AuditTrail trail;

    private Instant started;

    @Override
    public void beforeStep() {
        started = Instant.now();
    }

    @Override
    public void afterStep() {
        Instant now = Instant.now();
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        String requestedBy = parameters.getProperty("requestedBy");
        boolean dryRun = Boolean.parseBoolean(parameters.getProperty("dryRun"));
        BatchStatus status = step.getBatchStatus();
        boolean failed = status == BatchStatus.FAILED || step.getException() != null;
        String metrics = Arrays.stream(step.getMetrics())
                .map(metric -> metric.getType() + "=" + metric.getValue())
                .collect(Collectors.joining(", "));
        trail.record(new AuditRecord(started == null ? now : started,
                requestedBy == null ? AuditRecord.ActorKind.SYSTEM : AuditRecord.ActorKind.STAFF,
                requestedBy == null ? "batch" : requestedBy, null, null, LogCorrelation.current(),
                "batch " + job.getJobName() + "/" + step.getStepName(), Long.toString(job.getExecutionId()),
                failed ? AuditRecord.Outcome.FAILED : AuditRecord.Outcome.SUCCESS, null,
                (failed ? "échec ; " : "") + (dryRun ? "essai à blanc, rien détruit ; " : "") + metrics,
                started == null ? null : now.toEpochMilli() - started.toEpochMilli()));
    }
}
