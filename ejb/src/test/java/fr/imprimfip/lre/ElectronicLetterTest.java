package fr.imprimfip.lre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * An electronic registered letter's way: notified once, decided once before its deadline, neglected only after it,
 * undeliverable unless decided; its one-time codes (10 minutes, 5 attempts, 5 a day) and new links (3 a day).
 */
class ElectronicLetterTest {

    private static final Instant TAKEN = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant NOTIFIED = TAKEN.plusSeconds(20);
    private static final LreTerms TERMS = new LreTerms(15, 3, 30);

    @Test
    void notificationSetsTheDeadlineAndTheReminderOnce() {
        ElectronicLetter letter = notified();
        assertEquals(LetterState.NOTIFIED, letter.state());
        assertEquals(Instant.parse("2026-03-17T09:00:20Z"), letter.deadlineAt());
        assertEquals(Instant.parse("2026-03-14T09:00:20Z"), letter.reminderAt());
        assertFalse(letter.notified(NOTIFIED.plusSeconds(60), TERMS), "a second notification changes nothing");
        assertEquals(NOTIFIED, letter.notifiedAt());
    }

    @Test
    void theRecipientDecidesOnceBeforeTheDeadline() {
        ElectronicLetter accepted = notified();
        accepted.accept(NOTIFIED.plus(Duration.ofDays(2)));
        assertEquals(LetterState.ACCEPTED, accepted.state());
        assertEquals(RecipientLetterView.State.ACCEPTED, accepted.recipientState());
        assertEquals(DecisionRefusedException.Reason.ALREADY_DECIDED, assertThrows(DecisionRefusedException.class,
                () -> accepted.refuse(NOTIFIED.plus(Duration.ofDays(3)))).reason());

        ElectronicLetter refused = notified();
        refused.refuse(NOTIFIED.plusSeconds(60));
        assertEquals(LetterState.REFUSED, refused.state());
        assertFalse(refused.neglectIfPastDeadline(refused.deadlineAt().plusSeconds(1)));

        ElectronicLetter late = notified();
        assertEquals(DecisionRefusedException.Reason.DEADLINE_PASSED, assertThrows(DecisionRefusedException.class,
                () -> late.accept(late.deadlineAt())).reason(), "the deadline itself is too late");
    }

    @Test
    void aLetterIsNeglectedOnlyOnceItsDeadlinePassedUndecided() {
        ElectronicLetter letter = notified();
        assertFalse(letter.neglectIfPastDeadline(letter.deadlineAt().minusMillis(1)));
        assertTrue(letter.neglectIfPastDeadline(letter.deadlineAt()));
        assertEquals(LetterState.NEGLECTED, letter.state());
        assertEquals(letter.deadlineAt(), letter.decidedAt());
        assertEquals(RecipientLetterView.State.NEGLECTED, letter.recipientState());
        assertFalse(ElectronicLetter.take(1, 0, 1, TAKEN).neglectIfPastDeadline(TAKEN.plus(Duration.ofDays(99))),
                "a letter never notified has no deadline");
    }

    @Test
    void aNotificationFailsUnlessTheRecipientAlreadyDecided() {
        ElectronicLetter taken = ElectronicLetter.take(1, 0, 1, TAKEN);
        assertTrue(taken.undeliverable(TAKEN.plusSeconds(5), "550 refusé"));
        assertEquals(LetterState.UNDELIVERABLE, taken.state());
        assertFalse(taken.notified(TAKEN.plusSeconds(6), TERMS), "an undeliverable letter is never notified after");

        ElectronicLetter bounced = notified();
        assertTrue(bounced.undeliverable(NOTIFIED.plusSeconds(600), "bounce"), "a bounce after the relay took it");
        assertEquals(DecisionRefusedException.Reason.DEADLINE_PASSED, assertThrows(DecisionRefusedException.class,
                () -> bounced.accept(NOTIFIED.plusSeconds(700))).reason());

        ElectronicLetter accepted = notified();
        accepted.accept(NOTIFIED.plusSeconds(60));
        assertFalse(accepted.undeliverable(NOTIFIED.plusSeconds(120), "late bounce"));
        assertEquals(LetterState.ACCEPTED, accepted.state());
    }

    @Test
    void theReminderIsDueOnceBetweenItsTimeAndTheDeadline() {
        ElectronicLetter letter = notified();
        assertFalse(letter.remindIfDue(letter.reminderAt().minusSeconds(1)));
        assertTrue(letter.remindIfDue(letter.reminderAt()));
        assertFalse(letter.remindIfDue(letter.reminderAt().plusSeconds(60)), "once");

        ElectronicLetter late = notified();
        assertFalse(late.remindIfDue(late.deadlineAt()), "no reminder once the deadline passed");
        ElectronicLetter decided = notified();
        decided.refuse(NOTIFIED.plusSeconds(1));
        assertFalse(decided.remindIfDue(decided.reminderAt()));
    }

    @Test
    void aCodeIsValidTenMinutesForFiveAttempts() {
        ElectronicLetter letter = withId(notified(), 42);
        Instant now = NOTIFIED.plusSeconds(60);
        letter.codeIssued(LreSecrets.codeHash(42, "123456"), now);
        for (int left = 4; left >= 1; left--) {
            assertEquals(left, assertThrows(CodeRefusedException.class,
                    () -> letter.checkCode(LreSecrets.codeHash(42, "000000"), now)).attemptsLeft());
        }
        assertEquals(0, assertThrows(CodeRefusedException.class,
                () -> letter.checkCode(LreSecrets.codeHash(42, "000000"), now)).attemptsLeft());
        assertEquals(0, assertThrows(CodeRefusedException.class,
                () -> letter.checkCode(LreSecrets.codeHash(42, "123456"), now)).attemptsLeft(),
                "after five wrong attempts even the right code is void");

        letter.codeIssued(LreSecrets.codeHash(42, "654321"), now);
        assertEquals(0, assertThrows(CodeRefusedException.class, () -> letter.checkCode(
                LreSecrets.codeHash(42, "654321"), now.plus(LreTerms.CODE_VALIDITY))).attemptsLeft(), "expired");

        letter.codeIssued(LreSecrets.codeHash(42, "654321"), now);
        letter.checkCode(LreSecrets.codeHash(42, "654321"), now.plus(LreTerms.CODE_VALIDITY).minusSeconds(1));
        assertEquals(0, assertThrows(CodeRefusedException.class,
                () -> letter.checkCode(LreSecrets.codeHash(42, "654321"), now)).attemptsLeft(), "used once");
    }

    @Test
    void codesAndLinksAreLimitedPerParisDay() {
        ElectronicLetter letter = notified();
        Instant evening = Instant.parse("2026-03-02T22:30:00Z");     // 23:30 in Paris
        for (int i = 0; i < LreTerms.CODES_PER_DAY; i++) {
            letter.requestCode(evening);
        }
        assertTrue(assertThrows(CodeRefusedException.class, () -> letter.requestCode(evening)).isLimitReached());
        letter.requestCode(Instant.parse("2026-03-02T23:00:00Z"));  // midnight in Paris: a new day
        for (int i = 0; i < LreTerms.NEW_LINKS_PER_DAY; i++) {
            assertTrue(letter.requestNewLink(evening));
        }
        assertFalse(letter.requestNewLink(evening));
        assertTrue(letter.requestNewLink(evening.plus(Duration.ofDays(1))));
    }

    @Test
    void noCodeForALetterNoLongerAwaitingItsRecipient() {
        ElectronicLetter letter = notified();
        letter.refuse(NOTIFIED.plusSeconds(1));
        assertEquals(LinkRefusedException.Reason.EXPIRED, assertThrows(LinkRefusedException.class,
                () -> letter.requestCode(NOTIFIED.plusSeconds(2))).reason());
        assertNull(ElectronicLetter.take(1, 0, 1, TAKEN).deadlineAt());
    }

    private static ElectronicLetter notified() {
        ElectronicLetter letter = ElectronicLetter.take(1, 0, 1, TAKEN);
        assertTrue(letter.notified(NOTIFIED, TERMS));
        return letter;
    }

    private static ElectronicLetter withId(ElectronicLetter letter, long id) {
        try {
            java.lang.reflect.Field field = ElectronicLetter.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(letter, id);
            return letter;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
