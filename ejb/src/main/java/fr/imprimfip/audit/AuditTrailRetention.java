package fr.imprimfip.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Destroys the audit trail's events once past their retention, oldest first and chain by chain, so that what stays
 * of each chain is still verifiable: the chain's anchor records where it now starts, and an event appended to the
 * chain attests each move of the anchor. Events where a chain is broken are never destroyed: they are the evidence
 * of a tampering.
 */
@Stateless
public class AuditTrailRetention {

    private static final Logger LOG = Logger.getLogger(AuditTrailRetention.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditWriter writer;

    /**
     * The events older than {@code olderThan}, per chain in runs of at most {@code runSize}: each chain's oldest
     * events up to the first one that is not, so that a chain never loses an event in its middle, and never its
     * newest event.
     */
    public List<ExpiredAuditEvents> expired(Instant olderThan, int runSize) {
        List<ExpiredAuditEvents> runs = new ArrayList<>();
        for (AuditChainHead head : em.createQuery("select h from AuditChainHead h order by h.chainId",
                AuditChainHead.class).getResultList()) {
            String chain = head.chainId();
            AuditChainAnchor anchor = em.find(AuditChainAnchor.class, chain);
            long first = anchor == null ? 1 : anchor.firstSeq();
            // walked in the chain's order from its start: a nightly purge meets a day of expired events first
            Long firstKept = em.createQuery("select e.chainSeq from AuditEvent e where e.chainId = :chain"
                            + " and e.occurredAt >= :olderThan order by e.chainSeq", Long.class)
                    .setParameter("chain", chain).setParameter("olderThan", olderThan).setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
            // the newest event always stays: the last one destroyed is checked against its successor
            long lastExpired = Math.min(firstKept == null ? head.lastSeq() : firstKept, head.lastSeq()) - 1;
            for (long from = first; from <= lastExpired; from += runSize) {
                runs.add(new ExpiredAuditEvents(chain, from, Math.min(from + runSize - 1, lastExpired)));
            }
        }
        return runs;
    }

    /**
     * Destroys a run of expired events, from the chain's anchor on, once they verify (each follows its predecessor and
     * the first event kept follows the last destroyed); moves the chain's anchor past them and appends the attesting
     * event, holding the chain's head meanwhile. Harmless when repeated: returns how many events it destroyed, 0 when
     * a previous, interrupted purge had or when the chain is broken there.
     */
    public int destroy(ExpiredAuditEvents run, Instant olderThan) {
        AuditChainHead head = em.find(AuditChainHead.class, run.chainId(), LockModeType.PESSIMISTIC_WRITE);
        AuditChainAnchor anchor = em.find(AuditChainAnchor.class, run.chainId());
        if (head == null || (anchor != null && run.toSeq() < anchor.firstSeq())) {
            return 0;
        }
        long from = anchor == null ? 1 : anchor.firstSeq();
        List<AuditEvent> events = em.createQuery("select e from AuditEvent e where e.chainId = :chain"
                        + " and e.chainSeq between :from and :to order by e.chainSeq", AuditEvent.class)
                .setParameter("chain", run.chainId()).setParameter("from", from).setParameter("to", run.toSeq() + 1)
                .getResultList();
        if (events.size() < 2 || events.get(events.size() - 1).chainSeq() != run.toSeq() + 1
                || events.get(events.size() - 2).chainSeq() != run.toSeq()) {
            LOG.severe(() -> "Audit events " + from + " to " + run.toSeq() + " of chain " + run.chainId()
                    + " kept past their retention: the chain has a gap there; they are the evidence of it");
            return 0;
        }
        AuditEvent next = events.remove(events.size() - 1);
        AuditEvent last = events.get(events.size() - 1);
        if (!last.occurredAt().isBefore(olderThan)) {
            return 0;
        }
        List<AuditVerification.Problem> problems = problemsIn(events, anchor);
        if (!problems.isEmpty() || !next.previousHash().equals(last.hash())) {
            String what = problems.isEmpty() ? "le n° " + next.chainSeq() + " ne suit plus le n° " + last.chainSeq()
                    : problems.get(0).what();
            LOG.severe(() -> "Audit events " + from + " to " + run.toSeq() + " of chain " + run.chainId()
                    + " kept past their retention: the chain is broken there (" + what
                    + "); they are the evidence of it");
            return 0;
        }
        String lastHash = last.hash();
        events.forEach(em::detach);
        em.detach(next);
        int destroyed = em.createNativeQuery("delete from audit_event where chain_id = :chain"
                        + " and chain_seq between :from and :seq")
                .setParameter("chain", run.chainId()).setParameter("from", from).setParameter("seq", run.toSeq())
                .executeUpdate();
        Instant now = clock.instant();
        if (anchor == null) {
            anchor = AuditChainAnchor.of(run.chainId());
            anchor.moveAfter(run.toSeq(), lastHash, now);
            em.persist(anchor);
        } else {
            anchor.moveAfter(run.toSeq(), lastHash, now);
        }
        writer.appendWithin(run.chainId(), List.of(AuditPurgeAttestation.of(new ExpiredAuditEvents(run.chainId(),
                from, run.toSeq()), olderThan, lastHash, now)));
        return destroyed;
    }

    /** What verification finds wrong in these consecutive events, the first of a chain or following its anchor. */
    private static List<AuditVerification.Problem> problemsIn(List<AuditEvent> events, AuditChainAnchor anchor) {
        AuditVerification verification = new AuditVerification();
        verification.startChain(events.get(0).chainId(), anchor == null ? 1L : anchor.firstSeq(),
                anchor == null ? AuditHash.GENESIS : anchor.previousHash());
        for (AuditEvent event : events) {
            verification.next(event.id(), event.chainSeq(), event.previousHash(), event.hash(), event.record());
        }
        return verification.problems();
    }
}
