package fr.imprimfip.audit;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The events of an investigation period, a page at a time, in the order they happened. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditExport {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    /** Up to {@code max} events in [{@code from}, {@code to}), after the event {@code afterId} (0 for the first). */
    public List<AuditEvent> page(Instant from, Instant to, long afterId, int max) {
        List<AuditEvent> page = em.createQuery("select e from AuditEvent e where e.occurredAt >= :from"
                        + " and e.occurredAt < :to and e.id > :after order by e.id", AuditEvent.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
        page.forEach(em::detach);
        return page;
    }
}
