package fr.imprimfip.shared;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The platform's one clock. Services inject it instead of calling {@code Instant.now()}, so that tests can move
 * time. It ticks in microseconds, the precision the databases keep, so that an instant reads back as it was written.
 * Test servers get the {@link AdjustableClock} instead, which their tests move forward.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock system = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        return AdjustableClock.enabled() ? new AdjustableClock(system) : system;
    }
}
