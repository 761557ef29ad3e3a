package fr.imprimfip.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;

import fr.imprimfip.shared.Meters;

/**
 * The calls the quota refused, counted per door ({@code imprimfip.quota.refusals}). Every door the quota applies to
 * has its series from the start, at zero: an alert on a rise (docs/operations.md, "Metrics") has a series to watch
 * before the first refusal, and sees that one.
 */
@ApplicationScoped
public class QuotaRefusals {

    @Inject
    Meters meters;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Door door : Door.values()) {
            if (door.quotaApplies()) {
                counter(door);
            }
        }
    }

    /** One more call refused at {@code door}. */
    public void count(Door door) {
        counter(door).increment();
    }

    private Counter counter(Door door) {
        return meters.counter("imprimfip.quota.refusals", "door", door.name());
    }
}
