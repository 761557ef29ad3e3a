package fr.imprimfip.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The batch jobs' progress as gauges of the node's metrics: how many executions of each job run on this node's
 * repository now, and how many items those have read and written so far (their steps' metrics). Read every 15 s.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchGauges {

    private static final Logger LOG = Logger.getLogger(BatchGauges.class.getName());
    private static final List<String> JOBS = List.of(JobRuns.ANNUAL_BILLING, JobRuns.RETENTION_PURGE);

    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicLong> running = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> itemsRead = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> itemsWritten = new ConcurrentHashMap<>();
    private volatile boolean failing;

    @PostConstruct
    void register() {
        for (String job : JOBS) {
            gauge("imprimfip.batch.running", job, running);
            gauge("imprimfip.batch.running.items.read", job, itemsRead);
            gauge("imprimfip.batch.running.items.written", job, itemsWritten);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void read() {
        try {
            JobOperator jobs = BatchRuntime.getJobOperator();
            for (String job : JOBS) {
                List<Long> executions = runningExecutions(jobs, job);
                long read = 0;
                long written = 0;
                for (long execution : executions) {
                    for (StepExecution step : jobs.getStepExecutions(execution)) {
                        read += metric(step, Metric.MetricType.READ_COUNT);
                        written += metric(step, Metric.MetricType.WRITE_COUNT);
                    }
                }
                running.get(job).set(executions.size());
                itemsRead.get(job).set(read);
                itemsWritten.get(job).set(written);
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "The batch jobs' gauges could not be read; they keep their last values", e);
            }
            failing = true;
        }
    }

    private static List<Long> runningExecutions(JobOperator jobs, String job) {
        try {
            return jobs.getRunningExecutions(job);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        for (Metric metric : step.getMetrics()) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }

    private void gauge(String name, String job, Map<String, AtomicLong> values) {
        registry.gauge(name, Tags.of("job", job), values.computeIfAbsent(job, j -> new AtomicLong()),
                AtomicLong::doubleValue);
    }
}
