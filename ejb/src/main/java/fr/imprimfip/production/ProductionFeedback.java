package fr.imprimfip.production;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.DeliveryReport;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.ProductionEvent;
import fr.imprimfip.deposit.ProductionEventRefusedException;
import fr.imprimfip.deposit.StatusSource;
import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.registered.AcknowledgementScans;
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

    private static final Logger LOG = Logger.getLogger(ProductionFeedback.class.getName());

    /** What a report changed: letters moved, letters already there. */
    public record Outcome(PrintLot lot, int changed, int unchanged) {
    }

    /** What an acknowledgement upload did: kept (changed) or already there, and what is kept. */
    public record Acknowledged(String lot, int sequence, boolean changed, String mediaType, long sizeBytes,
                               String sha256, Instant receivedAt) {
    }

    /** What the print centre says of an event beyond its name: date, message or reason, deposit slip. */
    public record Report(Instant occurredAt, String message, String depositSlip) {

        public static Report of(Instant occurredAt, String message) {
            return new Report(occurredAt, message, null);
        }
    }

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Deposits deposits;

    @Inject
    private Clock clock;

    @Inject
    private RetentionPolicy retention;

    @Inject
    private ContentStore store;

    @Inject
    @ConfigProperty(name = "imprimfip.registered.holding-days", defaultValue = "15")
    long holdingDays;

    @Inject
    @ConfigProperty(name = "imprimfip.registered.acknowledgement-max-bytes", defaultValue = "5242880")
    long acknowledgementMaxBytes;

    /** A step for every letter of the lot still in production: printed, enveloped, handed to La Poste, error. */
    public Outcome onLot(String lotReference, ProductionEvent event, Report report, boolean simulated) {
        if (event.delivery()) {
            throw new ProductionEventRefusedException("La Poste suit chaque pli recommandé : l'événement " + event
                    + " se déclare pli par pli.",
                    "La Poste tracks each registered letter: event " + event + " is reported letter by letter.");
        }
        PrintLot lot = lockedLot(lotReference);
        DeliveryReport delivery = delivery(lot, report);
        Instant at = delivery.at();
        int changed = 0;
        int unchanged = 0;
        for (DepositedDocument letter : lettersOf(lot)) {
            if (letter.printPage() == null || letter.status() == DocumentStatus.ERROR) {
                unchanged++;
                continue;
            }
            if (record(lot, letter, event, delivery, simulated)) {
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
    public Outcome onLetter(String lotReference, int sequence, ProductionEvent event, Report report,
                            boolean simulated) {
        PrintLot lot = lockedLot(lotReference);
        DeliveryReport delivery = delivery(lot, report);
        DepositedDocument letter = letter(lot, sequence);
        boolean changed = record(lot, letter, event, delivery, simulated);
        closeIfDone(lot, delivery.at());
        return new Outcome(lot, changed ? 1 : 0, changed ? 0 : 1);
    }

    /** The maximum size of an acknowledgement scan, in bytes. */
    public long acknowledgementMaxBytes() {
        return acknowledgementMaxBytes;
    }

    /**
     * The scanned acknowledgement of receipt of a delivered registered letter: checked, stored encrypted, kept once.
     * The same scan sent again changes nothing; another scan for the same letter is refused.
     */
    public Acknowledged acknowledge(String lotReference, int sequence, byte[] scan, String declaredType) {
        PrintLot lot = lockedLot(lotReference);
        DepositedDocument letter = letter(lot, sequence);
        String type = AcknowledgementScans.check(scan, declaredType);
        Deposit deposit = em.find(Deposit.class, letter.deposit().id(), LockModeType.PESSIMISTIC_WRITE);
        StoredContent stored;
        try {
            stored = store.store(new ByteArrayInputStream(scan), acknowledgementMaxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean changed;
        try {
            changed = deposit.receiveAcknowledgement(letter.position(), stored, type, clock.instant());
        } catch (ProductionEventRefusedException e) {
            LOG.warning(() -> "Acknowledgement refused for letter " + sequence + " of lot " + lotReference
                    + " (" + letter.status() + ")");
            throw e;
        }
        if (!changed) {
            store.delete(stored);
        }
        StoredContent kept = letter.acknowledgement();
        return new Acknowledged(lot.reference(), sequence, changed, letter.acknowledgementType(), kept.sizeBytes(),
                kept.sha256(), letter.acknowledgementReceivedAt());
    }

    private DepositedDocument letter(PrintLot lot, int sequence) {
        return deposits.inLotAt(lot.id(), sequence)
                .orElseThrow(() -> new PrintLotNotFoundException("Le lot " + lot.reference() + " n'a pas de pli n° "
                        + sequence + ".",
                        "Lot " + lot.reference() + " has no letter no. " + sequence + "."));
    }

    private boolean record(PrintLot lot, DepositedDocument letter, ProductionEvent event, DeliveryReport report,
                           boolean simulated) {
        Deposit deposit = em.find(Deposit.class, letter.deposit().id(), LockModeType.PESSIMISTIC_WRITE);
        StatusSource source = simulated ? StatusSource.SIMULATION
                : event.delivery() ? StatusSource.POSTAL_SERVICE : StatusSource.PRINT_CENTRE;
        try {
            return deposit.recordProductionEvent(letter.position(), event, report, source,
                    retention.finalContentExpiry(report.at()));
        } catch (ProductionEventRefusedException e) {
            // the lot, the rank and the statuses only: nothing of the letter's content or recipient
            LOG.warning(() -> "Event " + event + " refused for letter " + letter.lotSequence() + " of lot "
                    + lot.reference() + " (" + letter.status() + " since " + letter.statusAt() + ")");
            throw e;
        }
    }

    private DeliveryReport delivery(PrintLot lot, Report report) {
        return new DeliveryReport(checkedTime(lot, report.occurredAt()), report.message(), report.depositSlip(),
                Duration.ofDays(holdingDays));
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
