package fr.imprimfip.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.partner.Partner;

/**
 * Counts each partner call against the partner's quota in fixed windows ({@code imprimfip.quota.window-seconds},
 * a minute by default; {@code imprimfip.quota.calls-per-minute}, 500 by default, unless the partner's convention
 * sets its own). The count lives in the database, one row per partner, so every node shares it; each call is
 * counted in a short transaction of its own, whatever becomes of the call.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CallQuota {

    /** The outcome of counting one call: allowed or not, and what the RateLimit headers tell the caller. */
    public record Verdict(boolean allowed, int limit, int remaining, long resetSeconds, long windowSeconds) {
    }

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "imprimfip.quota.calls-per-minute", defaultValue = "500")
    int defaultLimit;

    @Inject
    @ConfigProperty(name = "imprimfip.quota.window-seconds", defaultValue = "60")
    long windowSeconds;

    /** Counts one call of {@code partner} now. */
    public Verdict count(Partner partner) {
        Instant now = clock.instant();
        long window = Math.max(1, windowSeconds);
        Instant windowStart = Instant.ofEpochSecond(now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), window));
        if (increment(partner.id(), windowStart) == 0) {
            context.getBusinessObject(CallQuota.class).open(partner.id(), windowStart);
            increment(partner.id(), windowStart);
        }
        int calls = ((Number) em.createNativeQuery("select calls from call_quota where partner_id = ?1")
                .setParameter(1, partner.id()).getSingleResult()).intValue();
        int limit = partner.callsPerMinute().orElse(defaultLimit);
        long untilNext = Duration.between(now, windowStart.plusSeconds(window)).toMillis();
        long reset = Math.max(1, (untilNext + 999) / 1000);
        return new Verdict(calls <= limit, limit, Math.max(0, limit - calls), reset, window);
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

    private int increment(long partnerId, Instant windowStart) {
        return em.createNativeQuery("update call_quota set calls = case when window_start = ?1 then calls + 1"
                        + " else 1 end, window_start = ?1 where partner_id = ?2")
                .setParameter(1, windowStart).setParameter(2, partnerId).executeUpdate();
    }
}
