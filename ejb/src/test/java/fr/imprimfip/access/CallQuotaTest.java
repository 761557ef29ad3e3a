package fr.imprimfip.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.imprimfip.partner.Partner;

class CallQuotaTest {

    /** The shared count as the database keeps it, one row per partner, with the number of writes it took. */
    private static final class InMemoryCounter extends SharedQuotaCounter {
        final Map<Long, Instant> windows = new HashMap<>();
        final Map<Long, Integer> calls = new HashMap<>();
        int writes;

        @Override
        public synchronized int giveBack(long partnerId, Instant windowStart, int count) {
            writes++;
            if (windowStart.equals(windows.get(partnerId))) {
                calls.merge(partnerId, -count, (a, b) -> Math.max(0, a + b));
            }
            return calls.getOrDefault(partnerId, 0);
        }

        @Override
        public synchronized int reserve(long partnerId, Instant windowStart, int count) {
            writes++;
            if (!windowStart.equals(windows.put(partnerId, windowStart))) {
                calls.put(partnerId, 0);
            }
            return calls.merge(partnerId, count, Integer::sum);
        }
    }

    private final InMemoryCounter shared = new InMemoryCounter();
    private final Partner partner = partnerWithQuota(20);

    @Test
    void twoNodesServeExactlyTheQuotaWhenTheirCallsAlternate() {
        List<CallQuota> nodes = List.of(node(Instant.parse("2026-11-27T10:00:05Z")),
                node(Instant.parse("2026-11-27T10:00:05Z")));
        int served = 0;
        for (int call = 0; call < 30; call++) {
            served += nodes.get(call % 2).count(partner).allowed() ? 1 : 0;
        }
        assertEquals(20, served);
    }

    @Test
    void randomlySpreadCallsAreNeverServedPastTheQuotaAndRarelyRefusedBeforeIt() {
        List<CallQuota> nodes = List.of(node(Instant.parse("2026-11-27T10:00:05Z")),
                node(Instant.parse("2026-11-27T10:00:05Z")), node(Instant.parse("2026-11-27T10:00:05Z")));
        Partner large = partnerWithQuota(500);
        Random random = new Random(42);
        int served = 0;
        for (int call = 0; call < 700; call++) {
            served += nodes.get(random.nextInt(3)).count(large).allowed() ? 1 : 0;
        }
        assertTrue(served <= 500, "served " + served);
        assertTrue(served >= 495, "served " + served);
        assertTrue(shared.writes < 700 / 4, "the count is written once per lease, not per call: " + shared.writes);
    }

    @Test
    void theRemainingCallsCountDownAndTheNextWindowStartsAfresh() {
        CallQuota node = node(Instant.parse("2026-11-27T10:00:55Z"));
        CallQuota.Verdict first = node.count(partner);
        assertEquals(19, first.remaining());
        assertEquals(5, first.resetSeconds());
        for (int call = 2; call <= 20; call++) {
            assertTrue(node.count(partner).allowed());
        }
        CallQuota.Verdict refused = node.count(partner);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());

        CallQuota nextWindow = node(Instant.parse("2026-11-27T10:01:00Z"));
        assertTrue(nextWindow.count(partner).allowed());
    }

    @Test
    void aLoweredQuotaCountsOnlyTheCallsActuallyMade() {
        CallQuota node = node(Instant.parse("2026-11-27T10:00:05Z"));
        Partner partner = partnerWithQuota(100_000);
        for (int call = 0; call < 3; call++) {
            assertTrue(node.count(partner).allowed());
        }
        assertEquals(1_000, shared.calls.get(partner.id()), "a lease of 1,000 numbers is held");
        partner.changeCallQuota(5);
        node.forget(new fr.imprimfip.partner.ConventionChanged(partner.id()));
        CallQuota.Verdict fourth = node.count(partner);
        assertEquals(1, fourth.remaining(), "three calls made, the fourth leaves one");
        assertTrue(node.count(partner).allowed());
        assertFalse(node.count(partner).allowed());
    }

    private CallQuota node(Instant now) {
        CallQuota quota = new CallQuota();
        quota.counter = shared;
        quota.clock = Clock.fixed(now, ZoneOffset.UTC);
        quota.defaultLimit = 500;
        quota.windowSeconds = 60;
        return quota;
    }

    private static Partner partnerWithQuota(int perMinute) {
        Partner partner = new Partner("client-" + perMinute, "Administration", "11000000000001", Instant.EPOCH);
        partner.changeCallQuota(perMinute);
        try {
            java.lang.reflect.Field id = Partner.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(partner, (long) perMinute);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return partner;
    }
}
