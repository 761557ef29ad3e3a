package fr.imprimfip.production;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * The commitment to partners: every production letter reaches "Expédié" within 2 days (48 h by default) of its
 * deposit. Lists the letters that have not, oldest first, so that an administrator can chase them.
 */
@Stateless
public class LateLetters {

    /** A letter past its commitment: where it stands and by how much it is late. */
    public record LateLetter(String internalRef, String partnerClientId, String businessRef, String status,
                             Instant receivedAt, Instant due, long hoursLate) {
    }

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.production.commitment-hours", defaultValue = "48")
    long commitmentHours;

    /** How many production letters are late at {@code at}, and since when the oldest one is due. */
    public record Lateness(long late, Instant oldestDue) {
    }

    /** Production letters not yet handed over and deposited before {@code dueBefore}. */
    private static final String LATE = " from DepositedDocument doc join doc.deposit dep"
            + " where dep.environment = :production and doc.status in (:pending, :inProduction)"
            + " and dep.receivedAt < :dueBefore";

    /** The count of late letters and the due date of the oldest, at {@code asOf} (now when null). */
    public Lateness lateness(Instant asOf) {
        Instant at = asOf == null ? clock.instant() : asOf;
        Object[] row = late(em.createQuery("select count(doc), min(dep.receivedAt)" + LATE, Object[].class), at)
                .getSingleResult();
        Instant oldest = (Instant) row[1];
        return new Lateness((Long) row[0], oldest == null ? null : oldest.plus(commitment()));
    }

    /** Production letters not shipped although due at {@code asOf} (now when null), at most {@code max}. */
    public List<LateLetter> late(Instant asOf, int max) {
        Instant at = asOf == null ? clock.instant() : asOf;
        List<Object[]> rows = late(em.createQuery("select dep.reference.value, dep.partner.clientId, doc.businessRef,"
                        + " doc.status, dep.receivedAt" + LATE + " order by dep.receivedAt, doc.id", Object[].class), at)
                .setMaxResults(max)
                .getResultList();
        return rows.stream().map(row -> {
            Instant received = (Instant) row[4];
            Instant due = received.plus(commitment());
            return new LateLetter((String) row[0], (String) row[1], (String) row[2],
                    ((DocumentStatus) row[3]).label(), received, due, Duration.between(due, at).toHours());
        }).toList();
    }

    private TypedQuery<Object[]> late(TypedQuery<Object[]> query, Instant at) {
        return query.setParameter("production", ServiceEnvironment.PRODUCTION)
                .setParameter("pending", DocumentStatus.PENDING)
                .setParameter("inProduction", DocumentStatus.IN_PRODUCTION)
                .setParameter("dueBefore", at.minus(commitment()));
    }

    private Duration commitment() {
        return Duration.ofHours(commitmentHours);
    }
}
