package fr.imprimfip.web.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The server's token verification (MP-JWT), remembering each token it verified until the token expires: a partner
 * polling statuses presents the same token for minutes, and checking its signature again on every call cost a tenth
 * of the node's processor. Only a byte-for-byte identical token is taken from memory, never past its expiry; any
 * other goes through the full verification (signature, issuer, audience, dates). Found by the server through
 * {@code META-INF/services}.
 */
public class VerifiedTokens extends DefaultJWTCallerPrincipalFactory {

    /** Tokens kept at most (one per partner application and token lifetime, in practice a few hundred). */
    static final int CAPACITY = 10_000;

    /** A token as verified with one verification context (keys, issuer, audience): another context verifies again. */
    private record Verified(String token, JWTAuthContextInfo context) {
    }

    private final Map<Verified, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();
    private final LongSupplier epochSeconds;

    public VerifiedTokens() {
        this(() -> Instant.now().getEpochSecond());
    }

    VerifiedTokens(LongSupplier epochSeconds) {
        this.epochSeconds = epochSeconds;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        long now = epochSeconds.getAsLong();
        Verified key = new Verified(token, authContextInfo);
        JWTCallerPrincipal known = verified.get(key);
        if (known != null && known.getExpirationTime() > now) {
            return known;
        }
        JWTCallerPrincipal principal = verify(token, authContextInfo);
        remember(key, principal, now);
        return principal;
    }

    /** The full verification of a token not verified yet. */
    JWTCallerPrincipal verify(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        return super.parse(token, authContextInfo);
    }

    private void remember(Verified key, JWTCallerPrincipal principal, long now) {
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(old -> old.getExpirationTime() <= now);
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        if (principal.getExpirationTime() > now) {
            verified.put(key, principal);
        }
    }
}
