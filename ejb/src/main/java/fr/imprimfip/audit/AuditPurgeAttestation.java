package fr.imprimfip.audit;

import java.time.Instant;

/**
 * The event a purge of the audit trail appends to a chain when it destroys the chain's oldest events: which numbers
 * went, older than which instant, and the hash of the last one, which is where the chain's anchor now points.
 * Verification accepts an anchor only when such an event of the chain attests it.
 */
public final class AuditPurgeAttestation {

    public static final String OPERATION = "purge du journal d'audit";
    private static final String ACTOR = "retention-purge";

    private AuditPurgeAttestation() {
    }

    static AuditRecord of(ExpiredAuditEvents destroyed, Instant olderThan, String lastHash, Instant now) {
        return new AuditRecord(now, AuditRecord.ActorKind.SYSTEM, ACTOR, null, null, LogCorrelation.current(), OPERATION,
                destroyed.chainId(), AuditRecord.Outcome.SUCCESS, null, "événements n° " + destroyed.fromSeq()
                + " à " + destroyed.toSeq() + " antérieurs au " + olderThan + " détruits ; " + anchorClause(
                destroyed.toSeq() + 1, lastHash), null);
    }

    /** Whether {@code event} attests that {@code chainId} starts at {@code firstSeq} after {@code previousHash}. */
    static boolean attests(AuditRecord event, String chainId, long firstSeq, String previousHash) {
        return OPERATION.equals(event.operation()) && event.actorKind() == AuditRecord.ActorKind.SYSTEM
                && ACTOR.equals(event.actor()) && chainId.equals(event.target()) && event.reason() != null
                && event.reason().endsWith(anchorClause(firstSeq, previousHash));
    }

    private static String anchorClause(long firstSeq, String previousHash) {
        return "la chaîne reprend au n° " + firstSeq + " après l'empreinte " + previousHash;
    }
}
