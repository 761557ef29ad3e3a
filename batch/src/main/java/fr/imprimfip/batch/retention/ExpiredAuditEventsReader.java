package fr.imprimfip.batch.retention;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.audit.AuditTrailRetention;
import fr.imprimfip.retention.RetentionPolicy;

/**
 * Reads the runs of audit events past their retention at the job's reference instant, chain by chain, oldest first.
 * No checkpoint is needed: a restart asks again, and each chain's anchor has moved past what was committed.
 */
@Dependent
@Named("expiredAuditEventsReader")
public class ExpiredAuditEventsReader extends AbstractItemReader {

    /** Events destroyed per item; the chunk's item count says how many runs per transaction. */
    private static final int RUN = 1_000;

    @Inject
    @BatchProperty(name = "asOf")
    String asOf;

    @Inject
    AuditTrailRetention trail;

    @Inject
    RetentionPolicy retention;

    private final Deque<Object> runs = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        runs.addAll(trail.expired(retention.auditTrailCutoff(PurgeInstant.parse(asOf)), RUN));
    }

    @Override
    public Object readItem() {
        return runs.poll();
    }
}
