package fr.imprimfip.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps a run's heartbeat: at the job's start and end (as a job listener) and between chunks, every 10 s at most (as
 * a chunk listener of each step), so that a restart can tell a run alive on another node from one whose node died.
 */
@Dependent
@Named("runHeartbeat")
public class RunHeartbeat implements JobListener, ChunkListener {

    private static final Duration EVERY = Duration.ofSeconds(10);

    @Inject
    JobContext job;

    @Inject
    JobHeartbeats heartbeats;

    @Inject
    Clock clock;

    private Instant lastBeat = Instant.MIN;

    @Override
    public void beforeJob() {
        lastBeat = clock.instant();
        heartbeats.started(job.getExecutionId(), lastBeat);
    }

    @Override
    public void afterJob() {
        heartbeats.ended(job.getExecutionId());
    }

    @Override
    public void beforeChunk() {
        beatIfDue();
    }

    @Override
    public void afterChunk() {
        beatIfDue();
    }

    @Override
    public void onError(Exception ex) {
        // the job listener ends the heartbeat whatever the outcome
    }

    private void beatIfDue() {
        Instant now = clock.instant();
        if (Duration.between(lastBeat, now).compareTo(EVERY) >= 0) {
            lastBeat = now;
            heartbeats.beat(job.getExecutionId(), now);
        }
    }
}
