package fr.imprimfip.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import fr.imprimfip.shared.InvalidInputException;

/**
 * An application user declared by a partner (the v1 {@code username} / {@code password} headers, and the
 * {@code onBehalfOf} owner of a document). Its password is kept only as a slow salted hash; a revoked user is kept
 * for the record but signs in no more.
 */
@NamedQuery(name = "ApplicationUser.byName", query = "select u from ApplicationUser u"
        + " where u.partnerId = :partner and u.username = :username")
@NamedQuery(name = "ApplicationUser.ofPartner", query = "select u from ApplicationUser u where u.partnerId = :partner"
        + " order by u.username")
@Entity
@Table(name = "partner_application_user")
public class ApplicationUser {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(nullable = false, length = 100)
    private String username;

    @Embedded
    private PasswordHash password;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "last_failed_sign_in_at")
    private Instant lastFailedSignInAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected ApplicationUser() {
    }

    public ApplicationUser(long partnerId, String username, PasswordHash password, Instant at) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("Nom d'utilisateur applicatif invalide : lettres, chiffres et . _ @ -"
                    + " seulement, 100 caractères au plus.",
                    "Invalid application user name: letters, digits and . _ @ - only, 100 characters at most.");
        }
        this.partnerId = partnerId;
        this.username = username;
        this.password = Objects.requireNonNull(password);
        this.declaredAt = at;
        this.passwordChangedAt = at;
    }

    /** A new password replaces the old one; a revoked user declared again is active again. */
    public void changePassword(PasswordHash newPassword, Instant at) {
        this.password = Objects.requireNonNull(newPassword);
        this.passwordChangedAt = at;
        this.revokedAt = null;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /**
     * A wrong password: one more in a row, and the wait it imposes before the next attempt under {@code policy}.
     * Answers whether this one locked the user.
     */
    public boolean failSignIn(Instant at, SignInPolicy policy) {
        failedSignIns++;
        lastFailedSignInAt = at;
        Duration wait = policy.waitAfter(failedSignIns);
        blockedUntil = wait.isZero() ? null : at.plus(wait);
        return policy.locks(failedSignIns) && failedSignIns == policy.lockAfter();
    }

    /** The right password, when no wait held it back: the count of wrong ones starts again. */
    public void signIn() {
        failedSignIns = 0;
        blockedUntil = null;
    }

    /** An administrator lifts the lock, or the wait, at once. */
    public void unlock() {
        signIn();
    }

    /** Whether attempts are refused at {@code at}, whatever the password, after too many wrong ones. */
    public boolean blockedAt(Instant at) {
        return blockedUntil != null && at.isBefore(blockedUntil);
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }

    public boolean active() {
        return revokedAt == null;
    }

    public PasswordHash password() {
        return password;
    }

    public String username() {
        return username;
    }

    public long partnerId() {
        return partnerId;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
