package fr.imprimfip.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInFailuresTest {

    private static final SignInPolicy POLICY = new SignInPolicy(3, 10, Duration.ofMinutes(1), Duration.ofMinutes(30));
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void theWaitDoublesFromTheThirdWrongPasswordThenTheUserIsLocked() {
        assertEquals(Duration.ZERO, POLICY.waitAfter(2));
        assertEquals(Duration.ofSeconds(1), POLICY.waitAfter(3));
        assertEquals(Duration.ofSeconds(2), POLICY.waitAfter(4));
        assertEquals(Duration.ofSeconds(32), POLICY.waitAfter(8));
        assertEquals(Duration.ofMinutes(1), POLICY.waitAfter(9), "never more than the longest delay");
        assertEquals(Duration.ofMinutes(30), POLICY.waitAfter(10));
        assertEquals(Duration.ofMinutes(30), POLICY.waitAfter(1_000));
    }

    @Test
    void aUserIsHeldBackThenLockedAndAnAdministratorUnlocksIt() {
        ApplicationUser user = new ApplicationUser(1, "agent.test", PasswordHash.parse(
                "pbkdf2-sha512$210000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA"), T0);
        assertFalse(user.failSignIn(T0, POLICY));
        assertFalse(user.failSignIn(T0, POLICY));
        assertFalse(user.blockedAt(T0), "two wrong passwords hold nothing back");
        assertFalse(user.failSignIn(T0, POLICY));
        assertTrue(user.blockedAt(T0.plusMillis(999)));
        assertFalse(user.blockedAt(T0.plusSeconds(1)));
        boolean locked = false;
        for (int failure = 4; failure <= 10; failure++) {
            locked = user.failSignIn(T0, POLICY);
        }
        assertTrue(locked, "the tenth locks it");
        assertTrue(user.blockedAt(T0.plus(Duration.ofMinutes(29))));
        assertFalse(user.failSignIn(T0, POLICY), "locked once, not again at every attempt");
        user.unlock();
        assertFalse(user.blockedAt(T0));
        assertEquals(0, user.failedSignIns());
    }
}
