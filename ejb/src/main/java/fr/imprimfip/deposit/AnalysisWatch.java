package fr.imprimfip.deposit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The watchdog of the analysis queue: how many files are not yet in a final analysis state, the oldest of them,
 * and how many are being tried again. A file waits seconds, a large one minutes; one waiting longer is stuck, and
 * the monitoring system alerts on it (docs/operations.md).
 */
@Stateless
public class AnalysisWatch {

    /** One reading: files awaiting their analysis's outcome, the age of the oldest, those tried more than once. */
    public record Reading(long waiting, long oldestSeconds, long retried) {
    }

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    public Reading read() {
        Object[] row = em.createNamedQuery("Deposit.analysisQueue", Object[].class)
                .setParameter("waiting", FileStatus.IN_SUBMISSION)
                .getSingleResult();
        long waiting = ((Number) row[0]).longValue();
        Instant oldest = (Instant) row[1];
        long retried = row[2] == null ? 0 : ((Number) row[2]).longValue();
        long oldestSeconds = oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
        return new Reading(waiting, oldestSeconds, retried);
    }
}
