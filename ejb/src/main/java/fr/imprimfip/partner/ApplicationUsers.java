package fr.imprimfip.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** The application users partners declare for the v1 contract: declared, given a new password, revoked. */
@Stateless
public class ApplicationUsers {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Partners partners;

    @Inject
    private Clock clock;

    @Inject
    private Event<ApplicationUserChanged> changes;

    /** Declares {@code username} for the partner of {@code clientId}, or gives it a new password. */
    public ApplicationUser declare(String clientId, String username, String password) {
        Partner partner = partners.existing(clientId);
        PasswordHash hash = PasswordHash.of(password);
        Optional<ApplicationUser> known = find(partner.id(), username);
        changes.fire(new ApplicationUserChanged(partner.id(), username));
        if (known.isPresent()) {
            known.get().changePassword(hash, clock.instant());
            return known.get();
        }
        ApplicationUser user = new ApplicationUser(partner.id(), username, hash, clock.instant());
        em.persist(user);
        return user;
    }

    /** The user signs in no more; it stays on record. */
    public ApplicationUser revoke(String clientId, String username) {
        Partner partner = partners.existing(clientId);
        ApplicationUser user = find(partner.id(), username)
                .orElseThrow(() -> new ApplicationUserNotFoundException(username));
        user.revoke(clock.instant());
        changes.fire(new ApplicationUserChanged(partner.id(), username));
        return user;
    }

    /** An administrator lifts the user's lock (or its wait after wrong passwords) at once. */
    public ApplicationUser unlock(String clientId, String username) {
        Partner partner = partners.existing(clientId);
        ApplicationUser user = find(partner.id(), username)
                .orElseThrow(() -> new ApplicationUserNotFoundException(username));
        user.unlock();
        changes.fire(new ApplicationUserChanged(partner.id(), username));
        return user;
    }

    /**
     * Records a wrong password for the user, in a transaction of its own so that it stays when the call is
     * refused; answers the user as it now stands, empty for a user not on record.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SignInFailure> recordFailedSignIn(long partnerId, String username, SignInPolicy policy) {
        Optional<ApplicationUser> user = lockedForUpdate(partnerId, username);
        user.ifPresent(u -> changes.fire(new ApplicationUserChanged(partnerId, username)));
        return user.map(u -> {
            boolean locked = u.failSignIn(clock.instant(), policy);
            return new SignInFailure(u.failedSignIns(), u.blockedUntil(), locked);
        });
    }

    /** What a wrong password led to: how many in a row, until when attempts are refused, whether it locked. */
    public record SignInFailure(int inARow, Instant blockedUntil, boolean lockedNow) {
    }

    /** Records a right password after wrong ones: the count starts again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignIn(long partnerId, String username) {
        lockedForUpdate(partnerId, username).ifPresent(user -> {
            user.signIn();
            changes.fire(new ApplicationUserChanged(partnerId, username));
        });
    }

    private Optional<ApplicationUser> lockedForUpdate(long partnerId, String username) {
        return em.createNamedQuery("ApplicationUser.byName", ApplicationUser.class)
                .setParameter("partner", partnerId).setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public List<ApplicationUser> of(String clientId) {
        Partner partner = partners.existing(clientId);
        return em.createNamedQuery("ApplicationUser.ofPartner", ApplicationUser.class)
                .setParameter("partner", partner.id()).getResultList();
    }

    public Optional<ApplicationUser> find(long partnerId, String username) {
        return em.createNamedQuery("ApplicationUser.byName", ApplicationUser.class)
                .setParameter("partner", partnerId).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** Whether {@code username} is an active application user of the partner. */
    public boolean isActive(long partnerId, String username) {
        return find(partnerId, username).filter(ApplicationUser::active).isPresent();
    }
}
