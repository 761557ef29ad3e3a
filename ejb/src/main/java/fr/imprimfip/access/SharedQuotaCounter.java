package fr.imprimfip.access;

import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * The count of each partner's calls in the current window, shared by every node: one row per partner, updated
 * in a short transaction of its own, whatever becomes of the calls it counts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SharedQuotaCounter {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Reserves the next {@code calls} numbers of the partner's calls in the window starting at {@code windowStart}
     * (a row left by an earlier window starts again from zero) and returns the last number reserved.
     */
    public int reserve(long partnerId, Instant windowStart, int calls) {
        if (increment(partnerId, windowStart, calls) == 0) {
            context.getBusinessObject(SharedQuotaCounter.class).open(partnerId, windowStart);
            increment(partnerId, windowStart, calls);
        }
        return ((Number) em.createNativeQuery("select calls from call_quota where partner_id = ?1")
                .setParameter(1, partnerId).getSingleResult()).intValue();
    }

    /**
     * Gives back {@code calls} numbers reserved but never handed out in the window starting at
     * {@code windowStart} (nothing if the row has moved on to another window); returns the count left.
     */
    public int giveBack(long partnerId, Instant windowStart, int calls) {
        em.createNativeQuery("update call_quota set calls = greatest(calls - ?3, 0)"
                        + " where partner_id = ?2 and window_start = ?1")
                .setParameter(1, windowStart).setParameter(2, partnerId).setParameter(3, calls).executeUpdate();
        return em.createNativeQuery("select calls from call_quota where partner_id = ?1")
                .setParameter(1, partnerId).getResultList().stream()
                .mapToInt(count -> ((Number) count).intValue()).findFirst().orElse(0);
    }

    /** The partner's first counted call ever: its row is created, empty (another node may have just done it). */
    public void open(long partnerId, Instant windowStart) {
        try {
            em.createNativeQuery("insert into call_quota (partner_id, window_start, calls) values (?1, ?2, 0)")
                    .setParameter(1, partnerId).setParameter(2, windowStart).executeUpdate();
        } catch (PersistenceException alreadyThere) {
            context.setRollbackOnly();
        }
    }

    private int increment(long partnerId, Instant windowStart, int calls) {
        return em.createNativeQuery("update call_quota set calls = case when window_start = ?1 then calls + ?3"
                        + " else ?3 end, window_start = ?1 where partner_id = ?2")
                .setParameter(1, windowStart).setParameter(2, partnerId).setParameter(3, calls).executeUpdate();
    }
}
