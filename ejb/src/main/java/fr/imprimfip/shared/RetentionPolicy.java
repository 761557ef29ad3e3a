package fr.imprimfip.shared;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The retention periods in force, from configuration, with the defaults of the design. */
@ApplicationScoped
public class RetentionPolicy {

    @Inject
    @ConfigProperty(name = "imprimfip.retention.rejected-content-days", defaultValue = "7")
    int rejectedContentDays;

    @Inject
    @ConfigProperty(name = "imprimfip.retention.final-content-days", defaultValue = "30")
    int finalContentDays;

    /** Deposit and document metadata is kept this many years after the end of the billed year. */
    @Inject
    @ConfigProperty(name = "imprimfip.retention.metadata-years", defaultValue = "3")
    int metadataYears;

    /** Statements are kept this many years after the end of their year. */
    @Inject
    @ConfigProperty(name = "imprimfip.retention.statement-years", defaultValue = "10")
    int statementYears;

    /** Audit events are kept this many days. */
    @Inject
    @ConfigProperty(name = "imprimfip.retention.audit-trail-days", defaultValue = "365")
    int auditTrailDays;

    /**
     * Audit events older than this instant have outlived their retention at {@code asOf}, and never younger than
     * the retention now: a purge run "as of" a later date must not destroy the trail of what happens today.
     */
    public Instant auditTrailCutoff(Instant asOf, Instant now) {
        Instant asked = asOf.minus(Duration.ofDays(auditTrailDays));
        Instant latest = now.minus(Duration.ofDays(auditTrailDays));
        return asked.isBefore(latest) ? asked : latest;
    }

    public int metadataYears() {
        return metadataYears;
    }

    public int statementYears() {
        return statementYears;
    }

    public int rejectedContentDays() {
        return rejectedContentDays;
    }

    public int finalContentDays() {
        return finalContentDays;
    }

    /** When the content of a file that was rejected (or whose documents were all deleted) must be gone. */
    public Instant rejectedContentExpiry(Instant rejectedAt) {
        return rejectedAt.plus(Duration.ofDays(rejectedContentDays));
    }

    /** When the content of a file whose documents all reached a final status must be gone. */
    public Instant finalContentExpiry(Instant lastFinalStatusAt) {
        return lastFinalStatusAt.plus(Duration.ofDays(finalContentDays));
    }
}
