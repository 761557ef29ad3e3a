package fr.imprimfip.web.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Timer;

import fr.imprimfip.shared.Meters;
import fr.imprimfip.web.security.Door;

/**
 * The latency of each door's requests by class of status ({@code imprimfip.requests}). The classes an alert watches
 * (2xx, 4xx, 5xx) have their series for every door from the start, at zero: a rule on the rate of 5xx has a series
 * before the first failure, and sees that one. Other classes appear with their first request.
 */
@ApplicationScoped
public class RequestTimers {

    private static final List<String> WATCHED = List.of("2xx", "4xx", "5xx");

    @Inject
    Meters meters;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Door door : Door.values()) {
            if (door != Door.NONE) {
                WATCHED.forEach(statusClass -> timer(door, statusClass));
            }
        }
    }

    /** The timer of {@code door}'s requests answered with {@code status}. */
    public Timer of(Door door, int status) {
        return timer(door, status / 100 + "xx");
    }

    private Timer timer(Door door, String statusClass) {
        return meters.timer("imprimfip.requests", "door", door.name(), "status", statusClass);
    }
}
