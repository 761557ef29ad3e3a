package fr.imprimfip.deposit;

import java.time.Clock;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The Idempotency-Key rules of the native API (IETF httpapi draft): the first request with a key is processed; a
 * replay with the same payload gets the first answer; the same key with another payload is refused (422); a
 * request while the first is still in flight is refused (409) before its body is even read.
 */
@Stateless
public class IdempotencyKeys {

    /** What to do with a request carrying a key, decided before its body is read. */
    public sealed interface Decision permits Proceed, Completed, InFlight {
    }

    /** The key is new (or its request died): process the request. */
    public record Proceed() implements Decision {
    }

    /** The key produced a deposit: replay it if the request is the same, refuse it otherwise. */
    public record Completed(String fingerprint, String depositRef) implements Decision {
    }

    /** A request with this key is being processed. */
    public record InFlight() implements Decision {
    }

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Registers the key as in flight before the request's body is read, in its own transaction so that a
     * concurrent request with the same key sees it at once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Decision begin(long partnerId, String key) {
        Instant now = clock.instant();
        IdempotencyRecord record = find(partnerId, key);
        if (record == null) {
            em.persist(new IdempotencyRecord(partnerId, key, IdempotencyRecord.PENDING, now, DepositAnalyzer.NODE));
            em.flush();
            return new Proceed();
        }
        if (record.completed()) {
            return new Completed(record.fingerprint(), record.depositRef());
        }
        if (record.abandoned(now)) {
            record.retake(IdempotencyRecord.PENDING, now, DepositAnalyzer.NODE);
            return new Proceed();
        }
        return new InFlight();
    }

    /** Records the request's fingerprint and the deposit it produced, in the deposit's own transaction. */
    public void complete(long partnerId, String key, String fingerprint, String depositRef) {
        IdempotencyRecord record = find(partnerId, key);
        if (record != null) {
            record.retake(fingerprint, record.createdAt(), DepositAnalyzer.NODE);
            record.complete(depositRef, clock.instant());
        }
    }

    /**
     * Frees the keys of this node's requests that never finished, which died with its last run (a kill, a crash):
     * called as the node starts, when none of its requests can be in flight. Returns how many were freed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int freeUnfinishedOfThisNode() {
        return em.createNamedQuery("IdempotencyRecord.unfinishedOfNode").setParameter("node", DepositAnalyzer.NODE)
                .executeUpdate();
    }

    /** Forgets a key whose request failed, so that the partner may retry with it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void abandon(long partnerId, String key) {
        IdempotencyRecord record = find(partnerId, key);
        if (record != null && !record.completed()) {
            em.remove(record);
        }
    }

    private IdempotencyRecord find(long partnerId, String key) {
        return em.createNamedQuery("IdempotencyRecord.byKey", IdempotencyRecord.class)
                .setParameter("partner", partnerId)
                .setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
    }
}
