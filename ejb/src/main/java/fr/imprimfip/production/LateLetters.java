package fr.imprimfip.production;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.deposit.Deposits;

/**
 * The commitment to partners: every production letter reaches "Expédié" within 2 days (48 h by default) of its
 * deposit. Lists the letters that have not, oldest first, so that an administrator can chase them.
 */
@Stateless
public class LateLetters {

    /** A letter past its commitment: where it stands and by how much it is late. */
    public record LateLetter(String internalRef, String partnerClientId, String businessRef, String status,
                             Instant receivedAt, Instant due, long hoursLate) {
    }

    @Inject
    private Deposits deposits;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.production.commitment-hours", defaultValue = "48")
    long commitmentHours;

    /** How many production letters are late at {@code at}, and since when the oldest one is due. */
    public record Lateness(long late, Instant oldestDue) {
    }

    /** The count of late letters and the due date of the oldest, at {@code asOf} (now when null). */
    public Lateness lateness(Instant asOf) {
        Instant at = asOf == null ? clock.instant() : asOf;
        Deposits.Backlog backlog = deposits.productionBacklog(at.minus(commitment()));
        Instant oldest = backlog.oldestReceivedAt();
        return new Lateness(backlog.letters(), oldest == null ? null : oldest.plus(commitment()));
    }

    /** Production letters not shipped although due at {@code asOf} (now when null), at most {@code max}. */
    public List<LateLetter> late(Instant asOf, int max) {
        Instant at = asOf == null ? clock.instant() : asOf;
        return deposits.productionLettersWaiting(at.minus(commitment()), max).stream().map(letter -> {
            Instant due = letter.receivedAt().plus(commitment());
            return new LateLetter(letter.depositReference(), letter.partnerClientId(), letter.businessRef(),
                    letter.status().label(), letter.receivedAt(), due, Duration.between(due, at).toHours());
        }).toList();
    }

    private Duration commitment() {
        return Duration.ofHours(commitmentHours);
    }
}
