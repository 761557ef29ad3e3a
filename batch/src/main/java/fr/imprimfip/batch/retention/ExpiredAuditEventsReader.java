package fr.imprimfip.batch.retention;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.audit.AuditTrailRetention;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.shared.RetentionPolicy;

/**
 * Reads the runs of audit events past their retention at the job's reference instant (never younger than the
 * retention now), chain by chain, oldest first; none while any partner's data is on legal hold. No checkpoint is
 * needed: a restart asks again, and each chain's anchor has moved past what was committed.
 */
@Dependent
@Named("expiredAuditEventsReader")
public class ExpiredAuditEventsReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(ExpiredAuditEventsReader.class.getName());

    /** Events destroyed per item; the chunk's item count says how many runs per transaction. */
    private static final int RUN = 1_000;

    @Inject
    @BatchProperty(name = "asOf")
    String asOf;

    @Inject
    AuditTrailRetention trail;

    @Inject
    RetentionPolicy retention;

    @Inject
    Partners partners;

    @Inject
    Clock clock;

    private final Deque<Object> runs = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        if (partners.anyOnLegalHold()) {
            // a chain mixes every partner's events: none goes while the trail may be evidence in a dispute
            LOG.info("Audit trail not purged: a partner's data is on legal hold");
            return;
        }
        runs.addAll(trail.expired(retention.auditTrailCutoff(PurgeInstant.parse(asOf), clock.instant()), RUN));
    }

    @Override
    public Object readItem() {
        return runs.poll();
    }
}
