package fr.imprimfip.production;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Comparator<Position> POSITION_ORDER = Comparator.comparing(Position::due)
            .thenComparingLong(Position::letterId);

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
     * Where a list of late letters stopped: the due date and id of its last letter. Handed to the caller as an opaque
     * token to ask for the letters after it.
     */
    public record Position(Instant due, long letterId) {

        private static final Pattern TOKEN = Pattern.compile("(\\d+)\\.(\\d{9})\\.(\\d+)");
        /** 9999-12-31T23:59:59Z: no later instant is stored, nor handed out in a position. */
        private static final long LAST_SECOND = 253_402_300_799L;

        public String token() {
            String plain = due.getEpochSecond() + "." + String.format("%09d", due.getNano()) + "." + letterId;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
        }

        /** The position a token names; {@link IllegalArgumentException} when it is not one this list handed out. */
        public static Position of(String token) {
            String plain;
            try {
                plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a position in the list of late letters");
            }
            Matcher parts = TOKEN.matcher(plain);
            if (!parts.matches() || parts.group(1).length() > 12 || parts.group(3).length() > 18
                    || Long.parseLong(parts.group(1)) > LAST_SECOND) {
                throw new IllegalArgumentException("not a position in the list of late letters");
            }
            return new Position(Instant.ofEpochSecond(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2))),
                    Long.parseLong(parts.group(3)));
        }
    }

    /** A page of late letters, and where the next one starts (null when the list ends here). */
    public record LatePage(List<LateLetter> letters, Position next) {
    }

    /**
     * Production letters not shipped although due at {@code asOf} (now when null), and registered letters La Poste
     * has said nothing of for too long: by due date then letter, of one partner ({@code partnerId}) or of all (null),
     * after {@code after} (from the start when null), at most {@code max}.
     */
    public LatePage late(Instant asOf, Long partnerId, Position after, int max) {
        Instant at = asOf == null ? clock.instant() : asOf;
        Position from = after == null ? new Position(Instant.EPOCH, 0) : after;
        Duration silence = Duration.ofDays(silenceDays);
        Duration silenceAfterPresentation = silence.plus(Duration.ofDays(holdingDays));
        List<Candidate> candidates = new ArrayList<>();
        deposits.productionLettersWaiting(at.minus(commitment()), window(partnerId, from, commitment(), max + 1))
                .forEach(letter -> candidates.add(candidate(letter, letter.receivedAt().plus(commitment()), at)));
        silentSince(DocumentStatus.SHIPPED, silence, at, partnerId, from, max + 1, candidates);
        silentSince(DocumentStatus.OUT_FOR_DELIVERY, silenceAfterPresentation, at, partnerId, from, max + 1,
                candidates);
        candidates.sort(Comparator.comparing(Candidate::position, POSITION_ORDER));
        if (candidates.size() <= max) {
            return new LatePage(candidates.stream().map(Candidate::letter).toList(), null);
        }
        List<Candidate> page = candidates.subList(0, max);
        return new LatePage(page.stream().map(Candidate::letter).toList(), page.get(max - 1).position());
    }

    /** A late letter and its place in the list. */
    private record Candidate(LateLetter letter, Position position) {
    }

    private void silentSince(DocumentStatus status, Duration wait, Instant at, Long partnerId, Position from, int max,
                             List<Candidate> candidates) {
        deposits.registeredWithoutNews(status, at.minus(wait), window(partnerId, from, wait, max))
                .forEach(silent -> candidates.add(candidate(silent.letter(), silent.lastNews().plus(wait), at)));
    }

    /** The letters of a list whose due date is {@code wait} after the instant it is ordered by, after {@code from}. */
    private static Deposits.ListWindow window(Long partnerId, Position from, Duration wait, int max) {
        return new Deposits.ListWindow(partnerId, from.due().minus(wait), from.letterId(), max);
    }

    private static Candidate candidate(Deposits.WaitingLetter letter, Instant due, Instant at) {
        return new Candidate(new LateLetter(letter.depositReference(), letter.partnerClientId(), letter.businessRef(),
                letter.status().label(), letter.receivedAt(), due, Duration.between(due, at).toHours()),
                new Position(due, letter.letterId()));
    }

    private Duration commitment() {
        return Duration.ofHours(commitmentHours);
    }
}
