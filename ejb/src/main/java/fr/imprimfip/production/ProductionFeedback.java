package fr.imprimfip.production;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.ProductionEvent;
import fr.imprimfip.deposit.ProductionEventRefusedException;
import fr.imprimfip.deposit.StatusSource;
import fr.imprimfip.shared.RetentionPolicy;

/**
 * What the print centre reports, for a whole lot or for one letter of it (identified by its lot and its rank in the
 * lot, as the sheet marks carry them), and the delivery events of registered mail. A report sent twice changes
 * nothing the second time; a report that contradicts where a letter stands is refused.
 */
@Stateless
public class ProductionFeedback {

    /** How far ahead of the platform's clock a print centre's clock may be. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** What a report changed: letters moved, letters already there. */
    public record Outcome(PrintLot lot, int changed, int unchanged) {
    }

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Deposits deposits;

    @Inject
    private Clock clock;

    @Inject
    private RetentionPolicy retention;

    /** A step for every letter of the lot still in production: printed, enveloped, handed to La Poste, error. */
    public Outcome onLot(String lotReference, ProductionEvent event, Instant occurredAt, String message,
                         boolean simulated) {
        if (event.delivery()) {
            throw new ProductionEventRefusedException("La Poste suit chaque pli recommandé : l'événement " + event
                    + " se déclare pli par pli.",
                    "La Poste tracks each registered letter: event " + event + " is reported letter by letter.");
        }
        PrintLot lot = lockedLot(lotReference);
        Instant at = checkedTime(lot, occurredAt);
        int changed = 0;
        int unchanged = 0;
        for (DepositedDocument letter : lettersOf(lot)) {
            if (letter.printPage() == null || letter.status() == DocumentStatus.ERROR) {
                unchanged++;
                continue;
            }
            if (record(letter, event, at, message, simulated)) {
                changed++;
            } else {
                unchanged++;
            }
        }
        lot.advance(event, at, retention.finalContentExpiry(at));
        closeIfDone(lot, at);
        return new Outcome(lot, changed, unchanged);
    }

    /** An event for one letter of a lot, by its rank in the lot. */
    public Outcome onLetter(String lotReference, int sequence, ProductionEvent event, Instant occurredAt,
                            String message, boolean simulated) {
        PrintLot lot = lockedLot(lotReference);
        Instant at = checkedTime(lot, occurredAt);
        DepositedDocument letter = deposits.inLotAt(lot.id(), sequence)
                .orElseThrow(() -> new PrintLotNotFoundException("Le lot " + lotReference + " n'a pas de pli n° "
                        + sequence + ".",
                        "Lot " + lotReference + " has no letter no. " + sequence + "."));
        boolean changed = record(letter, event, at, message, simulated);
        closeIfDone(lot, at);
        return new Outcome(lot, changed ? 1 : 0, changed ? 0 : 1);
    }

    private boolean record(DepositedDocument letter, ProductionEvent event, Instant at, String message,
                           boolean simulated) {
        Deposit deposit = em.find(Deposit.class, letter.deposit().id(), LockModeType.PESSIMISTIC_WRITE);
        StatusSource source = simulated ? StatusSource.SIMULATION
                : event.delivery() ? StatusSource.POSTAL_SERVICE : StatusSource.PRINT_CENTRE;
        return deposit.recordProductionEvent(letter.position(), event, at, source, message,
                retention.finalContentExpiry(at));
    }

    private void closeIfDone(PrintLot lot, Instant at) {
        long inProduction = deposits.countInLot(lot.id(), DocumentStatus.IN_PRODUCTION);
        if (inProduction == 0) {
            lot.allLettersOut(at, retention.finalContentExpiry(at));
        }
    }

    private List<DepositedDocument> lettersOf(PrintLot lot) {
        return deposits.inLot(lot.id());
    }

    private PrintLot lockedLot(String reference) {
        PrintLot lot = em.createNamedQuery("PrintLot.byReference", PrintLot.class)
                .setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new PrintLotNotFoundException("Aucun lot d'impression « " + reference + " ».",
                        "No print lot \"" + reference + "\"."));
        if (lot.status() == PrintLotStatus.COMPOSING) {
            throw new ProductionEventRefusedException("Le lot " + reference + " n'est pas encore prêt à imprimer.",
                    "Lot " + reference + " is not ready for printing yet.");
        }
        return lot;
    }

    private Instant checkedTime(PrintLot lot, Instant occurredAt) {
        Instant now = clock.instant();
        Instant at = occurredAt == null ? now : occurredAt;
        if (at.isAfter(now.plus(CLOCK_SKEW)) || at.isBefore(lot.createdAt())) {
            throw new EventTimeOutOfRangeException("La date de l'événement doit se situer entre la constitution du"
                    + " lot et maintenant.",
                    "The event's date must lie between the lot's creation and now.");
        }
        return at;
    }
}
