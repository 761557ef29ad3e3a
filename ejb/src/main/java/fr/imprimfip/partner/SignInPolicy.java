package fr.imprimfip.partner;

import java.time.Duration;

/**
 * How wrong passwords in a row hold an application user back: from the {@code slowDownAfter}-th, the next attempt
 * waits 1 s, then 2, 4... (at most {@code longestDelay}); at the {@code lockAfter}-th, the user is locked for
 * {@code lockDuration}.
 */
public record SignInPolicy(int slowDownAfter, int lockAfter, Duration longestDelay, Duration lockDuration) {

    public SignInPolicy {
        if (slowDownAfter < 1 || lockAfter < slowDownAfter || longestDelay.isNegative() || lockDuration.isNegative()) {
            throw new IllegalArgumentException("Inconsistent sign-in policy");
        }
    }

    /** How long the user waits after its {@code failures}-th wrong password in a row. */
    public Duration waitAfter(int failures) {
        if (failures >= lockAfter) {
            return lockDuration;
        }
        if (failures < slowDownAfter) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(30, failures - slowDownAfter));
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    public boolean locks(int failures) {
        return failures >= lockAfter;
    }
}
