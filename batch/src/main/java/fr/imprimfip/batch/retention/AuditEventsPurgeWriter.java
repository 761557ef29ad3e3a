package fr.imprimfip.batch.retention;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.audit.AuditTrailRetention;
import fr.imprimfip.audit.ExpiredAuditEvents;
import fr.imprimfip.retention.RetentionPolicy;

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

    @Override
    public void writeItems(List<Object> items) {
        if (Boolean.parseBoolean(dryRun)) {
            return;
        }
        for (Object run : items) {
            trail.destroy((ExpiredAuditEvents) run, retention.auditTrailCutoff(PurgeInstant.parse(asOf)));
        }
    }
}
