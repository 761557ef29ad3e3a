package fr.imprimfip.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.availability.AvailabilityMeasure.MonthlyAvailability;
import fr.imprimfip.availability.AvailabilityMeasure.RangeAvailability;
import fr.imprimfip.shared.InvalidInputException;

/** Records the probes and measures a month from them (CGU §11). */
@Stateless
public class AvailabilityProbes {

    /** The probes' period when the setting is missing or does not divide an hour. */
    public static final long DEFAULT_PROBE_SECONDS = 30;

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.availability.probe-seconds", defaultValue = "30")
    long probeSeconds;

    /** The probes' period in force: the setting when it divides an hour. */
    public long period() {
        return AvailabilityMeasure.validSlot(probeSeconds) ? probeSeconds : DEFAULT_PROBE_SECONDS;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AvailabilityProbe probe) {
        em.persist(probe);
    }

    /** Forgets the probes older than {@code before}; how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetBefore(Instant before) {
        return em.createQuery("delete from AvailabilityProbe p where p.probedAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    /** The measure of {@code month} (Paris time) so far, with the latest probe of each node. */
    public AvailabilityReport report(YearMonth month) {
        if (month == null || month.getYear() < 2000 || month.getYear() > 2999) {
            throw new InvalidInputException("Le mois est de la forme AAAA-MM.", "The month reads YYYY-MM.");
        }
        Instant now = clock.instant();
        Instant from = month.atDay(1).atStartOfDay(AvailabilityMeasure.PARIS).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(AvailabilityMeasure.PARIS).toInstant();
        Instant first = em.createQuery("select min(p.probedAt) from AvailabilityProbe p", Instant.class)
                .getSingleResult();
        List<Instant> succeeded = em.createQuery("select p.probedAt from AvailabilityProbe p where p.available = true"
                        + " and p.probedAt >= :from and p.probedAt < :to", Instant.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        MonthlyAvailability measure = AvailabilityMeasure.measure(month, period(), first, now, succeeded);
        List<NodeProbe> nodes = em.createQuery("select p from AvailabilityProbe p where p.id in (select max(q.id)"
                        + " from AvailabilityProbe q where q.probedAt >= :since group by q.node) order by p.node",
                        AvailabilityProbe.class)
                .setParameter("since", now.minus(Duration.ofDays(1)))
                .getResultStream()
                .map(p -> new NodeProbe(p.node(), p.probedAt(), p.available(), p.failure()))
                .toList();
        return new AvailabilityReport(month.toString(), measure.slotSeconds(), measure.monthStart(),
                measure.monthEnd(), measure.measuredFrom(), measure.measuredTo(), measure.opening(),
                measure.coverage(), nodes, now);
    }

    /** A node's latest probe (of the last day). */
    public record NodeProbe(String node, Instant probedAt, boolean available, String failure) {
    }

    /**
     * The report of a month: its limits (Paris midnights), what of it was measured, the opening range (0:00-24:00)
     * and the coverage range (7:00-20:00) against 97.16 %, each node's latest probe, when it was made.
     */
    public record AvailabilityReport(String month, long slotSeconds, Instant monthStart, Instant monthEnd,
                                     Instant measuredFrom, Instant measuredTo, RangeAvailability opening,
                                     RangeAvailability coverage, List<NodeProbe> nodes, Instant generatedAt) {
    }
}
