package fr.imprimfip.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The platform's counters and timers, each looked up in the server's registry once, then kept: the server's
 * application registry answers {@code counter(name, tags)} by searching every meter it holds, which cost a sixth of
 * a status query's processor time when done on each request.
 */
@ApplicationScoped
public class Meters {

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    /** The counter {@code name} with the given tag names and values, alternately. */
    public Counter counter(String name, String... tags) {
        return counters.computeIfAbsent(key(name, tags), k -> registry.counter(name, tags));
    }

    /** The timer {@code name} with the given tag names and values, alternately. */
    public Timer timer(String name, String... tags) {
        return timers.computeIfAbsent(key(name, tags), k -> registry.timer(name, tags));
    }

    private static String key(String name, String... tags) {
        return name + '\u0000' + String.join("\u0000", tags);
    }
}
