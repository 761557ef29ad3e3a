package fr.imprimfip.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Verifies every chain of the audit trail, a page of events at a time, up to each chain's head as read when the
 * verification starts; a purge moving a chain's anchor meanwhile is not mistaken for a deletion.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditTrailVerifier {

    private static final int PAGE = 1_000;

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    /** The outcome: how many events were checked, and every problem found. */
    public record Report(boolean intact, long events, int chains, List<AuditVerification.Problem> problems) {
    }

    public Report verify() {
        AuditVerification verification = new AuditVerification();
        List<String> chains = em.createQuery("select distinct e.chainId from AuditEvent e", String.class)
                .getResultList();
        List<AuditChainHead> heads = em.createQuery("select h from AuditChainHead h", AuditChainHead.class)
                .getResultList();
        List<String> all = new ArrayList<>(chains);
        heads.stream().map(AuditChainHead::chainId).filter(c -> !all.contains(c)).forEach(all::add);
        em.createQuery("select a.chainId from AuditChainAnchor a", String.class).getResultList().stream()
                .filter(c -> !all.contains(c)).forEach(all::add);
        for (String chain : all) {
            AuditChainHead head = heads.stream().filter(h -> h.chainId().equals(chain)).findFirst().orElse(null);
            // the trail lives on while it is verified: events appended after the heads were read are left for next
            // time, and a purge moving a chain's anchor meanwhile is followed
            long last = head == null ? Long.MAX_VALUE : head.lastSeq();
            AuditChainAnchor anchor = em.find(AuditChainAnchor.class, chain);
            verification.startChain(chain, anchor == null ? null : anchor.firstSeq(),
                    anchor == null ? null : anchor.previousHash());
            long expected = anchor == null ? 1 : anchor.firstSeq();
            long after = 0;
            List<AuditEvent> page;
            do {
                page = em.createQuery("select e from AuditEvent e where e.chainId = :chain and e.chainSeq > :after"
                                + " and e.chainSeq <= :last order by e.chainSeq", AuditEvent.class)
                        .setParameter("chain", chain)
                        .setParameter("after", after)
                        .setParameter("last", last)
                        .setMaxResults(PAGE)
                        .getResultList();
                if (!page.isEmpty() && page.get(0).chainSeq() > expected) {
                    AuditChainAnchor moved = em.find(AuditChainAnchor.class, chain);
                    if (moved != null && moved.firstSeq() > expected && moved.firstSeq() <= page.get(0).chainSeq()) {
                        // purged meanwhile: the chain now starts at its new anchor, attested further on
                        verification.startChain(chain, moved.firstSeq(), moved.previousHash());
                        AuditChainHead now = em.find(AuditChainHead.class, chain);
                        if (now != null) {
                            head = now;
                            last = now.lastSeq();
                        }
                    }
                }
                for (AuditEvent event : page) {
                    verification.next(event.id(), event.chainSeq(), event.previousHash(), event.hash(), event.record());
                    after = event.chainSeq();
                    expected = after + 1;
                }
                em.clear();
            } while (page.size() == PAGE);
            verification.endChain(head == null ? null : head.lastSeq(), head == null ? null : head.lastHash());
        }
        return new Report(verification.intact(), verification.events(), all.size(), verification.problems());
    }
}
