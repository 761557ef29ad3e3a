package fr.imprimfip.registered;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.notification.OperationsAlerts;

/**
 * The ranges of registered numbers administrators record per print centre, and the numbers given from them. Numbers
 * are given in the transaction that puts letters in a print lot, on the range's locked row: two nodes never give the
 * same number, and a lot that is not built gives its numbers back with it.
 */
@Stateless
public class RegisteredNumbers {

    static final String LOW_TOPIC = "registered-numbers-low";
    static final String SPENT_TOPIC = "registered-numbers-spent";
    private static final Logger LOG = Logger.getLogger(RegisteredNumbers.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OperationsAlerts alerts;

    /** A range warns when fewer numbers than this are left (or fewer than its last {@code percent}, if smaller). */
    @Inject
    @ConfigProperty(name = "imprimfip.registered.low-range.remaining", defaultValue = "500")
    long lowRemaining;

    @Inject
    @ConfigProperty(name = "imprimfip.registered.low-range.percent", defaultValue = "10")
    int lowPercent;

    /** Records a range La Poste granted; refuses one sharing a number with a range of the same series (409). */
    public RegisteredNumberRange record(String printCentre, String serviceIndicator, int firstSerial, int lastSerial,
                                        String country, String recordedBy) {
        RegisteredNumberRange range = RegisteredNumberRange.record(printCentre, serviceIndicator, firstSerial,
                lastSerial, country, recordedBy, clock.instant());
        List<RegisteredNumberRange> series = em.createQuery("select r from RegisteredNumberRange r"
                        + " where r.serviceIndicator = :indicator and r.country = :country order by r.id",
                        RegisteredNumberRange.class)
                .setParameter("indicator", serviceIndicator).setParameter("country", country)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (RegisteredNumberRange recorded : series) {
            if (recorded.overlaps(range)) {
                throw new OverlappingRangeException(recorded.describe());
            }
        }
        em.persist(range);
        em.flush();
        LOG.info(() -> "Registered number range " + range.describe() + " recorded");
        return range;
    }

    /** Every range, the most recently recorded first. */
    public List<RegisteredNumberRange> ranges() {
        return em.createQuery("select r from RegisteredNumberRange r order by r.id desc", RegisteredNumberRange.class)
                .getResultList();
    }

    /** How many numbers the print centre's ranges have left (without locking them: a hint, not a promise). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long available(String printCentre) {
        Long left = em.createQuery("select sum(r.lastSerial - r.nextSerial + 1) from RegisteredNumberRange r"
                        + " where r.printCentre = :centre and r.nextSerial <= r.lastSerial", Long.class)
                .setParameter("centre", printCentre).getSingleResult();
        return left == null ? 0 : left;
    }

    /**
     * Gives up to {@code wanted} numbers of the print centre's ranges, oldest range first, in the caller's
     * transaction (the lot's): each range given from is locked until it commits or rolls back. A range that runs
     * low raises an operations alert, once. Fewer numbers than wanted means the print centre has no more.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<RegisteredNumber> allocate(String printCentre, int wanted) {
        List<RegisteredNumber> numbers = new ArrayList<>(wanted);
        if (wanted <= 0) {
            return numbers;
        }
        List<Long> ids = em.createQuery("select r.id from RegisteredNumberRange r where r.printCentre = :centre"
                        + " and r.nextSerial <= r.lastSerial order by r.id", Long.class)
                .setParameter("centre", printCentre).getResultList();
        Instant now = clock.instant();
        for (Long id : ids) {
            RegisteredNumberRange range = em.find(RegisteredNumberRange.class, id, LockModeType.PESSIMISTIC_WRITE);
            while (numbers.size() < wanted && !range.spent()) {
                numbers.add(range.allocate());
            }
            if (range.lowAlertDue(lowRemaining, lowPercent, now)) {
                alerts.raise(LOW_TOPIC, "Plage de numéros de recommandé bientôt épuisée",
                        "La plage " + range.describe() + " n'a plus que " + range.remaining() + " numéros sur "
                                + range.size() + ". Demandez une nouvelle plage à La Poste et enregistrez-la dans"
                                + " la console (Exploitation > Numéros de recommandé).");
            }
            if (numbers.size() == wanted) {
                break;
            }
        }
        em.flush();
        return numbers;
    }

    /** Registered letters of the print centre wait for numbers: the administrators on call hear of it. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reportLettersWaiting(String printCentre, int letters) {
        alerts.raise(SPENT_TOPIC, "Plus de numéros de recommandé : des LRAR attendent",
                letters + " lettre(s) recommandée(s) avec AR attendent un numéro de recommandé : le centre"
                        + " d'impression " + printCentre + " n'a plus de plage disponible. Elles restent en attente"
                        + " et entreront dans un lot à la première coupure qui suivra l'enregistrement d'une"
                        + " nouvelle plage (console : Exploitation > Numéros de recommandé).");
    }
}
