package fr.imprimfip.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class MetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Meters meters = new Meters();

    MetersTest() {
        meters.registry = registry;
    }

    @Test
    void aMeterIsAskedOfTheRegistryOnceThenKeptPerNameAndTags() {
        assertSame(meters.timer("imprimfip.requests", "door", "V1", "status", "2xx"),
                meters.timer("imprimfip.requests", "door", "V1", "status", "2xx"));
        assertNotSame(meters.timer("imprimfip.requests", "door", "V1", "status", "2xx"),
                meters.timer("imprimfip.requests", "door", "V1", "status", "4xx"));
        meters.counter("imprimfip.quota.refusals", "door", "V1").increment();
        meters.counter("imprimfip.quota.refusals", "door", "V1").increment();
        meters.counter("imprimfip.quota.refusals", "door", "V2").increment();
        assertEquals(2, registry.get("imprimfip.quota.refusals").tag("door", "V1").counter().count());
        assertEquals(1, registry.get("imprimfip.quota.refusals").tag("door", "V2").counter().count());
        assertEquals(4, registry.getMeters().size(), "two timers and two counters, each registered once");
    }

    @Test
    void namesAndTagsThatRunTogetherAreDifferentMeters() {
        assertNotSame(meters.counter("a.b", "c", "d"), meters.counter("a", "b.c", "d"));
        assertNotSame(meters.counter("n", "ab", "c"), meters.counter("n", "a", "bc"));
    }
}
