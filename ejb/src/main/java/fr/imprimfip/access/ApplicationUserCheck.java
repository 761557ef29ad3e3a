package fr.imprimfip.access;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
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
 */
@ApplicationScoped
public class ApplicationUserCheck {

    private static final Duration PASSWORD_REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private record UserKey(long partnerId, String username) {
    }

    @Inject
    ApplicationUsers users;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.access.admission-memory-millis", defaultValue = "1000")
    long memoryMillis;

    /** What is stored for each user, as read at some moment: its hash, or nothing for an unknown or revoked user. */
    private final ExpiringMemory<UserKey, Optional<String>> stored = new ExpiringMemory<>(MAX_REMEMBERED);
    /** The keyed digests of the passwords checked lately. */
    private final ExpiringMemory<String, Boolean> verified = new ExpiringMemory<>(MAX_REMEMBERED);
    private SecretKeySpec nodeKey;

    @PostConstruct
    void newNodeKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        nodeKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Admits {@code username} with {@code encodedPassword} for the partner, or refuses. */
    public void authenticate(long partnerId, String username, String encodedPassword) {
        if (username == null || username.isBlank() || encodedPassword == null || encodedPassword.isBlank()) {
            throw new ApplicationUserRefusedException("Utilisateur applicatif ou mot de passe absent");
        }
        String password = decode(encodedPassword)
                .orElseThrow(() -> new ApplicationUserRefusedException("Mot de passe non codé en Base64"));
        UserKey key = new UserKey(partnerId, username);
        String hash = storedHash(key).orElseThrow(ApplicationUserCheck::refused);
        String digest = digest(key, hash, password);
        long now = clock.instant().toEpochMilli();
        if (verified.recall(digest, now).isPresent()) {
            return;
        }
        if (!PasswordHash.parse(hash).matches(password)) {
            throw refused();
        }
        verified.remember(digest, Boolean.TRUE, now, PASSWORD_REMEMBERED);
    }

    public void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) ApplicationUserChanged change) {
        stored.forget(new UserKey(change.partnerId(), change.username()));
    }

    private Optional<String> storedHash(UserKey key) {
        long now = clock.instant().toEpochMilli();
        Optional<Optional<String>> known = stored.recall(key, now);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<String> hash = users.find(key.partnerId(), key.username()).filter(ApplicationUser::active)
                .map(user -> user.password().encoded());
        stored.remember(key, hash, now, Duration.ofMillis(memoryMillis));
        return hash;
    }

    private static ApplicationUserRefusedException refused() {
        return new ApplicationUserRefusedException("Utilisateur applicatif ou mot de passe invalide");
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
