package fr.imprimfip.batch;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.batch.runtime.JobExecution;

/** What an operator needs to follow a job execution: its status and each step's metrics. */
public record JobRunView(long executionId, String jobName, String batchStatus, String exitStatus, Instant startedAt,
                         Instant endedAt, List<Step> steps) {

    public record Step(String name, String batchStatus, String exitStatus, long readCount, long writeCount,
                       long filterCount, long commitCount, long rollbackCount) {
    }

    static JobRunView of(JobExecution execution, List<Step> steps) {
        return new JobRunView(execution.getExecutionId(), execution.getJobName(), execution.getBatchStatus().name(),
                execution.getExitStatus(), instant(execution.getStartTime()), instant(execution.getEndTime()), steps);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    public boolean finished() {
        return switch (batchStatus) {
            case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
            default -> false;
        };
    }
}
