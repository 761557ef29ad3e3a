package fr.imprimfip.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.partner.ConventionChanged;
import fr.imprimfip.partner.Partner;

/**
 * Counts each partner call against the partner's quota in fixed windows ({@code imprimfip.quota.window-seconds},
 * a minute by default; {@code imprimfip.quota.calls-per-minute}, 500 by default, unless the partner's convention
 * sets its own).
 *
 * <p>The count is shared by every node through the database ({@link SharedQuotaCounter}), but a node does not
 * write it on every call: it reserves call numbers in leases and hands them out from memory. A lease is a tenth of
 * what is left of the quota (at most 1,000 numbers), so it shrinks to a single number as the limit nears: a
 * partner served by several nodes may be refused a few calls early (the numbers other nodes still hold), never
 * served past its limit. Once a node has
 * seen the limit passed in a window, it refuses the rest of that window without asking the database again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallQuota {

    private static final int MAX_LEASE = 1_000;

    /** The outcome of counting one call: allowed or not, and what the RateLimit headers tell the caller. */
    public record Verdict(boolean allowed, int limit, int remaining, long resetSeconds, long windowSeconds) {
    }

    @Inject
    SharedQuotaCounter counter;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.quota.calls-per-minute", defaultValue = "500")
    int defaultLimit;

    @Inject
    @ConfigProperty(name = "imprimfip.quota.window-seconds", defaultValue = "60")
    long windowSeconds;

    private final Map<Long, Lease> leases = new ConcurrentHashMap<>();

    /** The call numbers of one partner's window this node reserved and has not handed out yet. */
    private static final class Lease {
        private Instant window = Instant.EPOCH;
        private int next = 1;
        private int last;
        private int highestSeen;
        private boolean conventionChanged;

        synchronized void conventionChanged() {
            conventionChanged = true;
        }

        /** The number of this call in the partner's window, from this lease or a new one. */
        synchronized int take(Instant currentWindow, int limit, long partnerId, SharedQuotaCounter counter) {
            if (conventionChanged) {
                conventionChanged = false;
                if (currentWindow.equals(window) && next <= last) {
                    highestSeen = counter.giveBack(partnerId, window, last - next + 1);
                    next = 1;
                    last = 0;
                }
            }
            if (!currentWindow.equals(window)) {
                window = currentWindow;
                next = 1;
                last = 0;
                highestSeen = 0;
            }
            if (next > last) {
                if (highestSeen >= limit) {
                    return highestSeen + 1;
                }
                int size = Math.max(1, Math.min(MAX_LEASE, (limit - highestSeen) / 10));
                last = counter.reserve(partnerId, currentWindow, size);
                next = last - size + 1;
                highestSeen = Math.max(highestSeen, last);
            }
            return next++;
        }
    }

    /**
     * When a partner's quota changes, the numbers this node holds for it are given back at its next call, so that
     * a lowered quota counts only the calls actually made.
     */
    public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConventionChanged change) {
        Lease lease = leases.get(change.partnerId());
        if (lease != null) {
            lease.conventionChanged();
        }
    }

    /** Counts one call of {@code partner} now. */
    public Verdict count(Partner partner) {
        Instant now = clock.instant();
        long window = Math.max(1, windowSeconds);
        Instant windowStart = Instant.ofEpochSecond(now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), window));
        int limit = partner.callsPerMinute().orElse(defaultLimit);
        int number = leases.computeIfAbsent(partner.id(), id -> new Lease())
                .take(windowStart, limit, partner.id(), counter);
        long untilNext = Duration.between(now, windowStart.plusSeconds(window)).toMillis();
        long reset = Math.max(1, (untilNext + 999) / 1000);
        return new Verdict(number <= limit, limit, Math.max(0, limit - number), reset, window);
    }
}
