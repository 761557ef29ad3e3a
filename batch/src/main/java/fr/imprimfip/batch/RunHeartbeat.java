package fr.imprimfip.batch;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Registers a run with this node's heartbeats when it starts and takes it off when it ends, so that a restart can
 * tell a run alive on another node from one whose node died. A heartbeat that cannot be written is logged, never
 * allowed to fail the run.
 */
@Dependent
@Named("runHeartbeat")
public class RunHeartbeat implements JobListener {

    private static final Logger LOG = Logger.getLogger(RunHeartbeat.class.getName());

    @Inject
    JobContext job;

    @Inject
    JobHeartbeats heartbeats;

    @Override
    public void beforeJob() {
        try {
            heartbeats.started(job.getExecutionId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Heartbeat of job execution " + job.getExecutionId() + " not recorded", e);
        }
    }

    @Override
    public void afterJob() {
        try {
            heartbeats.ended(job.getExecutionId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Heartbeat of job execution " + job.getExecutionId() + " not cleared", e);
        }
    }
}
