package fr.imprimfip.production;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.Deposits;

/**
 * A lot's print file is a copy of its letters: once the lot is handed over, it is kept for the retention period of
 * final letters, then destroyed by the retention purge. The lot and its manifest stay.
 */
@Stateless
public class PrintFileRetention {

    private static final Logger LOG = Logger.getLogger(PrintFileRetention.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private ContentStore store;

    @Inject
    private Deposits deposits;

    @Inject
    private Clock clock;

    /**
     * Up to {@code max} lots, by increasing id after {@code afterId}, whose print file expired at {@code asOf}; a lot
     * holding a letter of a partner whose data is on legal hold is kept.
     */
    public List<Long> expired(Instant asOf, long afterId, int max) {
        List<Long> expired = new ArrayList<>();
        long after = afterId;
        while (expired.size() < max) {
            List<Long> candidates = em.createNamedQuery("PrintLot.printFileExpired", Long.class)
                    .setParameter("asOf", asOf).setParameter("afterId", after).setMaxResults(max).getResultList();
            if (candidates.isEmpty()) {
                break;
            }
            Set<Long> held = deposits.lotsWithLettersOnLegalHold(candidates);
            candidates.stream().filter(id -> !held.contains(id)).limit(max - expired.size()).forEach(expired::add);
            after = candidates.get(candidates.size() - 1);
        }
        return expired;
    }

    /** Destroys one lot's print file if it is due at {@code asOf}; false when there is nothing left to do. */
    public boolean purge(long lotId, Instant asOf) {
        PrintLot lot = em.find(PrintLot.class, lotId);
        if (lot == null || lot.printFilePurged() || lot.printFile() == null) {
            return false;
        }
        Instant now = clock.instant();
        store.delete(lot.printFile());
        lot.markPrintFilePurged(asOf.isAfter(now) ? asOf : now);
        LOG.fine(() -> "Print file of lot " + lot.reference() + " destroyed");
        return true;
    }
}
