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

    private long letters(DocumentStatus status) {
        return deposits.documentsIn(status, ServiceEnvironment.PRODUCTION);
    }
}
