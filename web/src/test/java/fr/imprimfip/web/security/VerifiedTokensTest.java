package fr.imprimfip.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;

import org.junit.jupiter.api.Test;

/** The memory of verified tokens; the verification itself is the server's, exercised by the integration tests. */
class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    @Test
    void aTokenIsVerifiedOnceUntilItExpires() throws Exception {
        Recording tokens = new Recording(NOW, NOW + 300);
        JWTCallerPrincipal first = tokens.parse("token-a", null);
        assertSame(first, tokens.parse("token-a", null));
        assertEquals(List.of("token-a"), tokens.verified);

        tokens.parse("token-b", null);
        assertEquals(List.of("token-a", "token-b"), tokens.verified, "another token is verified in full");
    }

    @Test
    void aTokenVerifiedWithOtherKeysIsVerifiedAgain() throws Exception {
        Recording tokens = new Recording(NOW, NOW + 300);
        JWTAuthContextInfo server = new JWTAuthContextInfo();
        tokens.parse("token-a", server);
        tokens.parse("token-a", server);
        tokens.parse("token-a", new JWTAuthContextInfo());
        assertEquals(List.of("token-a", "token-a"), tokens.verified, "another verification context, another check");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndTheVerificationRefusesIt() throws Exception {
        Recording tokens = new Recording(NOW, NOW + 60);
        tokens.parse("token-a", null);
        tokens.clock.set(NOW + 60);
        tokens.refuse = true;
        assertThrows(ParseException.class, () -> tokens.parse("token-a", null));
        assertEquals(2, tokens.verified.size());
    }

    @Test
    void aRefusedTokenIsNeverRemembered() throws Exception {
        Recording tokens = new Recording(NOW, NOW + 300);
        tokens.refuse = true;
        assertThrows(ParseException.class, () -> tokens.parse("forged", null));
        tokens.refuse = false;
        tokens.parse("forged", null);
        assertEquals(2, tokens.verified.size());
    }

    @Test
    void theMemoryStaysBounded() throws Exception {
        Recording tokens = new Recording(NOW, NOW + 300);
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.parse("token-" + i, null);
        }
        tokens.parse("token-0", null);
        assertEquals(VerifiedTokens.CAPACITY + 2, tokens.verified.size(), "the memory was emptied when full");
    }

    /** The cache over a verification that accepts every token (or refuses every one), recording each call. */
    private static final class Recording extends VerifiedTokens {
        final List<String> verified = new ArrayList<>();
        final long expiresAt;
        final AtomicLong clock;
        boolean refuse;

        Recording(long now, long expiresAt) {
            this(new AtomicLong(now), expiresAt);
        }

        private Recording(AtomicLong clock, long expiresAt) {
            super(clock::get);
            this.clock = clock;
            this.expiresAt = expiresAt;
        }

        @Override
        JWTCallerPrincipal verify(String token, JWTAuthContextInfo info) throws ParseException {
            verified.add(token);
            if (refuse || clock.get() >= expiresAt) {
                throw new ParseException("refused");
            }
            return new Principal(token, expiresAt);
        }
    }

    private static final class Principal extends JWTCallerPrincipal {
        private final long expiresAt;

        Principal(String token, long expiresAt) {
            super(token, "JWT");
            this.expiresAt = expiresAt;
        }

        @Override
        protected Collection<String> doGetClaimNames() {
            return Set.of("exp");
        }

        @Override
        protected Object getClaimValue(String name) {
            return "exp".equals(name) ? expiresAt : null;
        }

        @Override
        public long getExpirationTime() {
            return expiresAt;
        }
    }
}
