package fr.imprimfip.production;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.deposit.DocumentStatus;

/**
 * The commitment to partners: every production letter reaches "Expédié" within 2 days (48 h by default) of its
 * deposit. Lists the letters that have not, oldest first, so that an administrator can chase them; with them, the
 * registered letters La Poste has given no news of {@code imprimfip.registered.silence-days} days (10 by default)
 * after their hand-over, or after their first presentation plus the holding period.
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

    @Inject
    @ConfigProperty(name = "imprimfip.registered.silence-days", defaultValue = "10")
    long silenceDays;

    @Inject
    @ConfigProperty(name = "imprimfip.registered.holding-days", defaultValue = "15")
    long holdingDays;

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

    /**
     * Production letters not shipped although due at {@code asOf} (now when null), then registered letters La Poste
     * has said nothing of for too long, by due date; at most {@code max}.
     */
    public List<LateLetter> late(Instant asOf, int max) {
        Instant at = asOf == null ? clock.instant() : asOf;
        List<LateLetter> late = new ArrayList<>(deposits.productionLettersWaiting(at.minus(commitment()), max)
                .stream().map(letter -> lateLetter(letter, letter.receivedAt().plus(commitment()), at)).toList());
        Duration silence = Duration.ofDays(silenceDays);
        deposits.registeredWithoutNews(at.minus(silence), at.minus(silence).minus(Duration.ofDays(holdingDays)), max)
                .forEach(silent -> {
                    Duration wait = silent.letter().status() == DocumentStatus.SHIPPED ? silence
                            : silence.plus(Duration.ofDays(holdingDays));
                    late.add(lateLetter(silent.letter(), silent.lastNews().plus(wait), at));
                });
        late.sort(Comparator.comparing(LateLetter::due));
        return late.size() > max ? late.subList(0, max) : late;
    }

    private static LateLetter lateLetter(Deposits.WaitingLetter letter, Instant due, Instant at) {
        return new LateLetter(letter.depositReference(), letter.partnerClientId(), letter.businessRef(),
                letter.status().label(), letter.receivedAt(), due, Duration.between(due, at).toHours());
    }

    private Duration commitment() {
        return Duration.ofHours(commitmentHours);
    }
}
