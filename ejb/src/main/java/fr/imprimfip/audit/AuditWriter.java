package fr.imprimfip.audit;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Appends events to a chain in one transaction, holding the chain's head locked meanwhile. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditWriter {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    public void append(String chainId, List<AuditRecord> records) {
        AuditChainHead head = em.find(AuditChainHead.class, chainId, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            head = AuditChainHead.start(chainId);
            em.persist(head);
        }
        for (AuditRecord record : records) {
            em.persist(head.append(record));
        }
    }
}
