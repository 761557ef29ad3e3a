package fr.imprimfip.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
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
 * served past its limit. Once a node has seen the limit passed in a window, it refuses the rest of that window
 * without asking the database again.
 */
@ApplicationScoped
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

    /**
     * The call numbers of one partner's window this node reserved and has not handed out yet. Handing one out takes
     * no lock (an atomic increment on the current block). The call that takes the number three quarters through a
     * block reserves the next one, so that the others rarely wait on the database; only a block used up before its
     * successor arrived makes callers wait, one at a time.
     */
    private static final class Lease {

        /** A block of numbers {@code first..last} of one window, and the highest number known taken in it. */
        private record Block(Instant window, int first, AtomicInteger next, int last, int highestSeen) {

            static Block of(Instant window, int first, int last, int highestSeen) {
                return new Block(window, first, new AtomicInteger(first), last, highestSeen);
            }

            static Block none() {
                return of(Instant.EPOCH, 1, 0, 0);
            }

            /** A number of this block for a call in {@code currentWindow}, or 0 when there is none left. */
            int hand(Instant currentWindow) {
                if (!window.equals(currentWindow)) {
                    return 0;
                }
                int number = next.getAndIncrement();
                return number <= last ? number : 0;
            }

            /** The number whose call reserves the next block. */
            int renewalMark() {
                return first + (last - first) * 3 / 4;
            }

            /** The numbers never handed out, now withdrawn from this block. */
            int withdrawUnused() {
                int from = next.getAndAdd(Integer.MAX_VALUE / 2);
                return from <= last ? last - from + 1 : 0;
            }
        }

        private volatile Block block = Block.none();
        private volatile Block spare;
        private volatile boolean conventionChanged;

        void conventionChanged() {
            conventionChanged = true;
        }

        /** The number of this call in the partner's window, from the current block or a new one. */
        int take(Instant currentWindow, int limit, long partnerId, SharedQuotaCounter counter) {
            Block current = block;
            if (!conventionChanged) {
                int number = current.hand(currentWindow);
                if (number > 0) {
                    if (number == current.renewalMark() && current.last() > current.first()) {
                        Block next = reserve(current.window(), current.highestSeen(), limit, partnerId, counter);
                        if (next != null) {
                            spare = next;
                        }
                    }
                    return number;
                }
                if (current.window().equals(currentWindow) && current.highestSeen() >= limit) {
                    return current.highestSeen() + 1;
                }
            }
            return renew(currentWindow, limit, partnerId, counter);
        }

        private synchronized int renew(Instant currentWindow, int limit, long partnerId, SharedQuotaCounter counter) {
            Block current = block;
            Block waiting = spare;
            int seen = current.window().equals(currentWindow) ? current.highestSeen() : 0;
            if (conventionChanged) {
                conventionChanged = false;
                spare = null;
                int unused = current.withdrawUnused() + (waiting == null ? 0 : waiting.withdrawUnused());
                if (unused > 0 && current.window().equals(currentWindow)) {
                    seen = counter.giveBack(partnerId, currentWindow, unused);
                }
            } else {
                int number = current.hand(currentWindow);
                if (number > 0) {
                    return number;
                }
                if (waiting != null && waiting.window().equals(currentWindow)) {
                    spare = null;
                    block = waiting;
                    number = waiting.hand(currentWindow);
                    if (number > 0) {
                        return number;
                    }
                    seen = Math.max(seen, waiting.highestSeen());
                }
            }
            if (seen >= limit) {
                block = Block.of(currentWindow, 1, 0, seen);
                return seen + 1;
            }
            Block fresh = reserve(currentWindow, seen, limit, partnerId, counter);
            int number = fresh.hand(currentWindow);
            block = fresh;
            return number;
        }

        /** A new block for the window, a tenth of what is left of the quota; null when nothing is left. */
        private static Block reserve(Instant window, int seen, int limit, long partnerId, SharedQuotaCounter counter) {
            if (seen >= limit) {
                return null;
            }
            int size = Math.max(1, Math.min(MAX_LEASE, (limit - seen) / 10));
            int last = counter.reserve(partnerId, window, size);
            return Block.of(window, last - size + 1, last, Math.max(seen, last));
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

    /** Every partner's quota may have changed unheard: each lease is given back at its partner's next call. */
    public void forgetAll() {
        leases.values().forEach(Lease::conventionChanged);
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
