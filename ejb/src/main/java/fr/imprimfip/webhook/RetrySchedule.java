package fr.imprimfip.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongUnaryOperator;

/**
 * When a failed delivery is tried again: after the n-th failure, a wait drawn uniformly between zero and
 * {@code first × 2^(n-1)} (at most {@code longest}), the "full jitter" that keeps endpoints coming back from an
 * outage from being hit by every delivery at once; no more attempts once {@code retryFor} has passed since the
 * event was raised.
 */
public record RetrySchedule(Duration first, Duration longest, Duration retryFor) {

    public RetrySchedule {
        Objects.requireNonNull(first);
        Objects.requireNonNull(longest);
        Objects.requireNonNull(retryFor);
    }

    /**
     * The next attempt after the {@code failures}-th failed one at {@code at}, or null when the delivery is given
     * up. {@code jitter} draws a number in [0, bound) (bound in milliseconds).
     */
    public Instant next(int failures, Instant raisedAt, Instant at, LongUnaryOperator jitter) {
        long ceiling = first.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
        long bound = Math.max(1, Math.min(ceiling, longest.toMillis()));
        Instant next = at.plusMillis(Math.max(first.toMillis() / 10, jitter.applyAsLong(bound)));
        return next.isAfter(raisedAt.plus(retryFor)) ? null : next;
    }
}
