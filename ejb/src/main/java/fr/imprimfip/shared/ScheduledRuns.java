package fr.imprimfip.shared;

import java.time.Clock;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Which node does a piece of scheduled work: every node's timer fires, the first to record the run (job and key,
 * say the day) does it; the others find the key taken and leave it.
 */
@Stateless
public class ScheduledRuns {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Records the run {@code key} of {@code job} for this node, in its own transaction; fails (an EJB exception)
     * when another node recorded it first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void claim(String job, String key) {
        em.createNativeQuery("insert into scheduled_run (job, run_key, claimed_at, claimed_by) values (?, ?, ?, ?)")
                .setParameter(1, job).setParameter(2, key).setParameter(3, clock.instant())
                .setParameter(4, System.getProperty("jboss.node.name", "node"))
                .executeUpdate();
    }
}
