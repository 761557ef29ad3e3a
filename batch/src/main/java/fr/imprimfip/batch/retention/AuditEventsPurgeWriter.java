package fr.imprimfip.batch.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.audit.AuditTrailRetention;
import fr.imprimfip.audit.ExpiredAuditEvents;
import fr.imprimfip.shared.RetentionPolicy;

/** Destroys runs of expired audit events, each attested in its chain (none in a dry run). */
@Dependent
@Named("auditEventsPurgeWriter")
public class AuditEventsPurgeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "asOf")
    String asOf;

    @Inject
    @BatchProperty(name = "dryRun")
    String dryRun;

    @Inject
    AuditTrailRetention trail;

    @Inject
    RetentionPolicy retention;

    @Inject
    Clock clock;

    /** Chains found broken in this step: their later runs are not even read (the break stays, with what follows). */
    private final Set<String> broken = new HashSet<>();

    @Override
    public void writeItems(List<Object> items) {
        if (Boolean.parseBoolean(dryRun)) {
            return;
        }
        Instant olderThan = retention.auditTrailCutoff(PurgeInstant.parse(asOf), clock.instant());
        for (Object item : items) {
            ExpiredAuditEvents run = (ExpiredAuditEvents) item;
            if (!broken.contains(run.chainId()) && trail.destroy(run, olderThan) == 0) {
                broken.add(run.chainId());
            }
        }
    }
}
