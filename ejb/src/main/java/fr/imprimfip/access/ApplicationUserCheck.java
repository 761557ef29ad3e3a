package fr.imprimfip.access;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.partner.ApplicationUser;
import fr.imprimfip.partner.ApplicationUserChanged;
import fr.imprimfip.partner.ApplicationUsers;
import fr.imprimfip.partner.PasswordHash;
import fr.imprimfip.partner.SignInPolicy;
import fr.imprimfip.shared.RefusalText;

/**
 * Checks the v1 {@code username} / {@code password} headers (the password Base64-encoded, as the contract says)
 * against the partner's declared application users.
 *
 * <p>The slow hash makes a check cost tens of milliseconds on purpose. So that a partner polling statuses does not
 * pay it on every call, a successful check is remembered for a few minutes as a keyed digest (HMAC under a random
 * key that never leaves this node's memory) of the user, its stored hash and the presented password; and what is
 * stored for a user is read again at most every {@code imprimfip.access.admission-memory-millis} (one second by
 * default). A new password or a revocation made on this node takes effect at once, on another node within that
 * second.
 *
 * <p>An unknown user costs the same slow hash as a wrong password, and gets the same answer. Wrong passwords in a
 * row slow the user down, then lock it ({@link SignInPolicy}); while it waits, every attempt is refused with that
 * same answer and that same cost, so that nobody learns whether a user exists, nor whether it is locked; the audit
 * trail says which it was.
 */
@ApplicationScoped
public class ApplicationUserCheck {

    private static final Duration PASSWORD_REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private record UserKey(long partnerId, String username) {
    }

    /** What is stored for an active user, as read at some moment. */
    private record StoredUser(String hash, int failedSignIns, Instant blockedUntil) {
        boolean blockedAt(Instant at) {
            return blockedUntil != null && at.isBefore(blockedUntil);
        }
    }

    @Inject
    ApplicationUsers users;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.access.admission-memory-millis", defaultValue = "1000")
    long memoryMillis;

    @Inject
    @ConfigProperty(name = "imprimfip.access.user-slow-down-after", defaultValue = "3")
    int slowDownAfter;

    @Inject
    @ConfigProperty(name = "imprimfip.access.user-lock-after", defaultValue = "10")
    int lockAfter;

    @Inject
    @ConfigProperty(name = "imprimfip.access.user-lock-minutes", defaultValue = "30")
    long lockMinutes;

    /** What is stored for each user, as read at some moment; nothing for an unknown or revoked user. */
    private final ExpiringMemory<UserKey, Optional<StoredUser>> stored = new ExpiringMemory<>(MAX_REMEMBERED);
    /** The keyed digests of the passwords checked lately. */
    private final ExpiringMemory<String, Boolean> verified = new ExpiringMemory<>(MAX_REMEMBERED);
    private SecretKeySpec nodeKey;
    /** The hash checked, in vain, when there is no user to check: it costs what a real one costs. */
    private PasswordHash decoy;
    private SignInPolicy policy;

    @PostConstruct
    void newNodeKey() {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[32];
        random.nextBytes(key);
        nodeKey = new SecretKeySpec(key, "HmacSHA256");
        random.nextBytes(key);
        decoy = PasswordHash.of(Base64.getEncoder().encodeToString(key));
        policy = new SignInPolicy(slowDownAfter, lockAfter, Duration.ofMinutes(1), Duration.ofMinutes(lockMinutes));
    }

    /** Admits {@code username} with {@code encodedPassword} for the partner, or refuses. */
    public void authenticate(long partnerId, String username, String encodedPassword) {
        if (username == null || username.isBlank() || encodedPassword == null || encodedPassword.isBlank()) {
            throw new ApplicationUserRefusedException(new RefusalText(
                    "Utilisateur applicatif ou mot de passe absent", "Application user or password missing"));
        }
        String password = decode(encodedPassword)
                .orElseThrow(() -> new ApplicationUserRefusedException(new RefusalText(
                        "Mot de passe non codé en Base64", "Password not Base64-encoded")));
        UserKey key = new UserKey(partnerId, username);
        Optional<StoredUser> user = storedUser(key);
        Instant now = clock.instant();
        String digest = user.map(u -> digest(key, u.hash(), password)).orElse(null);
        if (digest != null && verified.recall(digest, now.toEpochMilli()).isPresent()) {
            return;
        }
        if (user.isEmpty()) {
            decoy.matches(password);
            throw refused("Utilisateur applicatif inconnu ou révoqué");
        }
        if (user.get().blockedAt(now)) {
            decoy.matches(password);
            throw refused("Utilisateur applicatif " + (policy.locks(user.get().failedSignIns()) ? "verrouillé" : "ralenti")
                    + " après " + user.get().failedSignIns() + " mots de passe erronés, jusqu'à "
                    + user.get().blockedUntil());
        }
        if (!PasswordHash.parse(user.get().hash()).matches(password)) {
            throw refused(users.recordFailedSignIn(partnerId, username, policy)
                    .map(failure -> "Mot de passe erroné (" + failure.inARow() + " de suite)"
                            + (failure.lockedNow() ? " : utilisateur applicatif verrouillé jusqu'à "
                            + failure.blockedUntil() : ""))
                    .orElse("Mot de passe erroné"));
        }
        if (user.get().failedSignIns() > 0) {
            users.recordSignIn(partnerId, username);
        }
        verified.remember(digest, Boolean.TRUE, now.toEpochMilli(), PASSWORD_REMEMBERED);
    }

    public void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) ApplicationUserChanged change) {
        stored.forget(new UserKey(change.partnerId(), change.username()));
    }

    private Optional<StoredUser> storedUser(UserKey key) {
        long now = clock.instant().toEpochMilli();
        Optional<Optional<StoredUser>> known = stored.recall(key, now);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<StoredUser> user = users.find(key.partnerId(), key.username()).filter(ApplicationUser::active)
                .map(u -> new StoredUser(u.password().encoded(), u.failedSignIns(), u.blockedUntil()));
        stored.remember(key, user, now, Duration.ofMillis(memoryMillis));
        return user;
    }

    /** The one answer of every refusal, whatever went wrong; {@code auditReason} says what did, to the trail only. */
    private static ApplicationUserRefusedException refused(String auditReason) {
        return new ApplicationUserRefusedException(new RefusalText("Utilisateur applicatif ou mot de passe invalide",
                "Invalid application user or password"), auditReason);
    }

    private static Optional<String> decode(String encoded) {
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded.trim());
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (IllegalArgumentException | CharacterCodingException notBase64) {
            return Optional.empty();
        }
    }

    private String digest(UserKey key, String hash, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(nodeKey);
            mac.update((key.partnerId() + "\n" + key.username() + "\n" + hash + "\n").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 unavailable", unavailable);
        }
    }
}
