package fr.imprimfip.lre;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The delays of an electronic registered letter: days to accept (counted in Paris calendar days, so that a deadline
 * keeps its wall-clock time across a change of summer time), days before the deadline the reminder is sent, and the
 * limits of codes, links and sessions.
 */
public record LreTerms(int acceptanceDays, int reminderDaysBefore, int daysToComeBackAfterAcceptance) {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    public static final int CODE_ATTEMPTS = 5;
    public static final int CODES_PER_DAY = 5;
    public static final int NEW_LINKS_PER_DAY = 3;
    public static final Duration SESSION_IDLE = Duration.ofMinutes(30);

    public LreTerms {
        if (acceptanceDays < 1 || reminderDaysBefore < 0 || reminderDaysBefore >= acceptanceDays
                || daysToComeBackAfterAcceptance < 1) {
            throw new IllegalArgumentException("LRE delays: at least one day to accept, a reminder within it, and"
                    + " at least one day to come back after acceptance");
        }
    }

    /** The last instant the recipient may decide: the notification's Paris time, {@code acceptanceDays} later. */
    public Instant deadline(Instant notifiedAt) {
        return notifiedAt.atZone(PARIS).plusDays(acceptanceDays).toInstant();
    }

    /** When the reminder is due: {@code reminderDaysBefore} Paris days before the deadline. */
    public Instant reminder(Instant deadline) {
        return deadline.atZone(PARIS).minusDays(reminderDaysBefore).toInstant();
    }

    /** Until when a link sent after acceptance lets the recipient come back to download the letter. */
    public Instant comeBackUntil(Instant acceptedAt) {
        return acceptedAt.atZone(PARIS).plusDays(daysToComeBackAfterAcceptance).toInstant();
    }
}
