package fr.imprimfip.production;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.shared.ServiceEnvironment;

/** The production figures a monitoring system scrapes: letters waiting, in production, late; lots by status. */
@Stateless
public class ProductionMetrics {

    /** One reading of the figures. */
    public record Reading(long pending, long inProduction, long late, long oldestLateSeconds,
                          Map<PrintLotStatus, Long> lots) {
    }

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Deposits deposits;

    @Inject
    private LateLetters lateLetters;

    @Inject
    private Clock clock;

    public Reading read() {
        Instant now = clock.instant();
        LateLetters.Lateness lateness = lateLetters.lateness(now);
        Map<PrintLotStatus, Long> lots = new EnumMap<>(PrintLotStatus.class);
        for (PrintLotStatus status : PrintLotStatus.values()) {
            lots.put(status, 0L);
        }
        List<Object[]> rows = em.createNamedQuery("PrintLot.countByStatus", Object[].class).getResultList();
        rows.forEach(row -> lots.put((PrintLotStatus) row[0], (Long) row[1]));
        return new Reading(letters(DocumentStatus.PENDING), letters(DocumentStatus.IN_PRODUCTION), lateness.late(),
                lateness.oldestDue() == null ? 0 : Duration.between(lateness.oldestDue(), now).toSeconds(), lots);
    }

    /** How many production deposits were received in each period {@code [starts[i], starts[i + 1])}. */
    public List<Long> depositsReceived(List<Instant> starts) {
        List<Long> counts = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < starts.size(); i++) {
            counts.add(em.createQuery("select count(d) from Deposit d where d.environment = :environment"
                            + " and d.receivedAt >= :from and d.receivedAt < :to", Long.class)
                    .setParameter("environment", ServiceEnvironment.PRODUCTION)
                    .setParameter("from", starts.get(i))
                    .setParameter("to", starts.get(i + 1))
                    .getSingleResult());
        }
        return counts;
    }

    /**
     * The hand-over delays of the production letters handed to La Poste since {@code since}: how long each took
     * from its deposit to "Expédié", at most {@code max}, most recent first.
     */
    public List<Duration> handOverDelays(Instant since, int max) {
        return em.createQuery("select dep.receivedAt, c.changedAt from DocumentStatusChange c join c.document doc"
                        + " join doc.deposit dep where c.status = :shipped and c.changedAt >= :since"
                        + " and dep.environment = :environment order by c.changedAt desc", Object[].class)
                .setParameter("shipped", DocumentStatus.SHIPPED)
                .setParameter("since", since)
                .setParameter("environment", ServiceEnvironment.PRODUCTION)
                .setMaxResults(max)
                .getResultList().stream()
                .map(row -> Duration.between((Instant) row[0], (Instant) row[1])).toList();
    }

    private long letters(DocumentStatus status) {
        return deposits.printableDocumentsIn(status, ServiceEnvironment.PRODUCTION);
    }
}
