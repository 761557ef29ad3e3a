package fr.imprimfip.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Verifies every chain of the audit trail, a page of events at a time. */
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
            AuditChainAnchor anchor = em.find(AuditChainAnchor.class, chain);
            verification.startChain(chain, anchor == null ? null : anchor.firstSeq(),
                    anchor == null ? null : anchor.previousHash());
            long after = 0;
            List<AuditEvent> page;
            do {
                page = em.createQuery("select e from AuditEvent e where e.chainId = :chain and e.chainSeq > :after"
                                + " order by e.chainSeq", AuditEvent.class)
                        .setParameter("chain", chain)
                        .setParameter("after", after)
                        .setMaxResults(PAGE)
                        .getResultList();
                for (AuditEvent event : page) {
                    verification.next(event.id(), event.chainSeq(), event.previousHash(), event.hash(), event.record());
                    after = event.chainSeq();
                }
                em.clear();
            } while (page.size() == PAGE);
            AuditChainHead head = heads.stream().filter(h -> h.chainId().equals(chain)).findFirst().orElse(null);
            verification.endChain(head == null ? null : head.lastSeq(), head == null ? null : head.lastHash());
        }
        return new Report(verification.intact(), verification.events(), all.size(), verification.problems());
    }
}
