package fr.imprimfip.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.deposit.StoredContentDestroyed;

/** Destroys the stored content of deposits whose retention period has ended; their metadata stays. */
@Stateless
public class ContentPurgeService {

    private static final Logger LOG = Logger.getLogger(ContentPurgeService.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private ContentStore store;

    @Inject
    private Deposits deposits;

    @Inject
    private Clock clock;

    @Inject
    private Event<StoredContentDestroyed> destroyed;

    /**
     * Up to {@code max} deposits, by increasing id after {@code afterId}, whose content expired at {@code asOf} and
     * is still stored, of partners whose data is not on legal hold. Paging by id keeps a restarted purge on the right track whatever was purged before.
     */
    public List<Long> expiredContent(Instant asOf, long afterId, int max) {
        return deposits.withContentExpired(asOf, afterId, max);
    }

    /**
     * Destroys one deposit's content if it is due at {@code asOf}. Returns false when there was nothing to do (already
     * purged by a previous, interrupted run), so that a restarted purge is harmless.
     */
    public boolean purge(long depositId, Instant asOf) {
        Deposit deposit = em.find(Deposit.class, depositId);
        if (deposit == null || deposit.contentPurged() || deposit.partner().legalHoldSince().isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        destroyStoredFiles(deposit);
        deposit.markContentPurged(asOf.isAfter(now) ? asOf : now);
        return true;
    }

    /**
     * Deletes a deposit's stored file, annexes and registered letters' scanned acknowledgements of receipt, and records it for the partner's destruction certificate; the
     * caller decides it is due (its content retention, or its metadata's, which takes the content with it).
     */
    public void destroyStoredFiles(Deposit deposit) {
        store.delete(deposit.content());
        deposit.annexes().forEach(annex -> store.delete(annex.content()));
        deposit.documents().stream().filter(letter -> letter.acknowledgement() != null)
                .forEach(letter -> store.delete(letter.acknowledgement()));
        em.persist(new DestructionRecord(deposit.partner().id(), DestroyedKind.FILE_CONTENT,
                deposit.reference().value(), clock.instant()));
        destroyed.fire(new StoredContentDestroyed(deposit.id()));
        LOG.fine(() -> "Content of deposit " + deposit.id() + " destroyed");
    }
}
