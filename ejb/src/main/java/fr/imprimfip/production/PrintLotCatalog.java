package fr.imprimfip.production;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import fr.imprimfip.deposit.ContentStore;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.ProductionStep;
import fr.imprimfip.deposit.StatusSource;
import fr.imprimfip.registered.PostalAddress;
import fr.imprimfip.registered.RegisteredAddressSeal;
import fr.imprimfip.registered.RegisteredAddresses;

/** Print lots as the print centre and administrators read them: lists, manifests and print files. */
@Stateless
public class PrintLotCatalog {

    private static final Logger LOG = Logger.getLogger(PrintLotCatalog.class.getName());

    /**
     * One letter of a lot's manifest: where it is in the print file and what the inserter and franking need; for a
     * registered letter with acknowledgement, its registered number, its recipient's address and the return address
     * where the acknowledgement comes back (the addresses are null when not on record).
     */
    public record ManifestLine(int sequence, String internalRef, String businessRef, String partner,
                               String onBehalfOf, Integer firstPage, int pages, int sheets, int weightGrams,
                               String status, String productionStep, Instant statusAt, String registeredNumber,
                               PostalAddress recipient, PostalAddress returnAddress) {
    }

    /** A lot with its letters, in the lot's order. */
    public record Manifest(PrintLot lot, List<ManifestLine> letters) {
    }

    /**
     * What happened to a lot's letters since the lot was built, as the print centre's and La Poste's reports (and
     * the cut-off) recorded it: one line per moment, status and source, with how many letters it moved.
     */
    public record LotEvent(Instant at, DocumentStatus status, ProductionStep step, StatusSource source,
                           String message, long letters) {
    }

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Deposits deposits;

    @Inject
    private ContentStore store;

    @Inject
    private RegisteredAddressSeal seal;

    /** Lots with an id above {@code afterId}, oldest first, optionally in one status. */
    public List<PrintLot> list(PrintLotStatus status, long afterId, int max) {
        TypedQuery<PrintLot> query = status == null ? em.createNamedQuery("PrintLot.after", PrintLot.class)
                : em.createNamedQuery("PrintLot.inStatusAfter", PrintLot.class).setParameter("status", status);
        return query.setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** The most recent lots, newest first, at most {@code max}. */
    public List<PrintLot> recent(int max) {
        return em.createQuery("select l from PrintLot l order by l.id desc", PrintLot.class).setMaxResults(max)
                .getResultList();
    }

    public PrintLot byId(long id) {
        PrintLot lot = em.find(PrintLot.class, id);
        if (lot == null) {
            throw new PrintLotNotFoundException("Aucun lot d'impression n° " + id + ".",
                    "No print lot no. " + id + ".");
        }
        return lot;
    }

    public PrintLot byReference(String reference) {
        return em.createNamedQuery("PrintLot.byReference", PrintLot.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst()
                .orElseThrow(() -> new PrintLotNotFoundException("Aucun lot d'impression « " + reference + " ».",
                        "No print lot \"" + reference + "\"."));
    }

    public Manifest manifest(String reference) {
        PrintLot lot = byReference(reference);
        List<DepositedDocument> letters = deposits.inLot(lot.id());
        return new Manifest(lot, letters.stream().map(doc -> {
            RegisteredAddresses addresses = addresses(doc);
            return new ManifestLine(doc.lotSequence(),
                    doc.deposit().reference().value(), doc.businessRef(), doc.deposit().partner().clientId(),
                    doc.deposit().onBehalfOf(), doc.printPage(), doc.pageCount(), doc.sheets(), doc.weightGrams(),
                    doc.status().label(), doc.productionStep() == null ? null : doc.productionStep().label(),
                    doc.statusAt(), doc.registeredNumber(), addresses == null ? null : addresses.recipient(),
                    addresses == null ? null : addresses.returnAddress());
        }).toList());
    }

    /** A registered letter's addresses, or null (not registered, not on record, or destroyed with the content). */
    private RegisteredAddresses addresses(DepositedDocument doc) {
        String sealed = doc.deposit().sealedRegisteredAddresses();
        if (doc.registeredNumber() == null || sealed == null) {
            return null;
        }
        try {
            return seal.open(sealed);
        } catch (RuntimeException e) {
            LOG.severe(() -> "The addresses of registered letter " + doc.lotSequence() + " of lot "
                    + doc.printLotId() + " cannot be opened (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    /** The status changes of a lot's letters since the lot was built, oldest first. */
    public List<LotEvent> events(String reference) {
        PrintLot lot = byReference(reference);
        return em.createNamedQuery("DocumentStatusChange.ofLotSince", Object[].class)
                .setParameter("lot", lot.id()).setParameter("since", lot.createdAt())
                .getResultList().stream().map(row -> new LotEvent((Instant) row[0], (DocumentStatus) row[1],
                        (ProductionStep) row[2], (StatusSource) row[3], (String) row[4], (Long) row[5])).toList();
    }

    /** The print file of a composed lot, decrypted and authenticated as it is read. */
    public InputStream printFile(String reference) throws IOException {
        PrintLot lot = byReference(reference);
        if (lot.printFile() == null) {
            throw new PrintLotNotFoundException("Le fichier d'impression du lot « " + reference
                    + " » n'est pas encore prêt.",
                    "The print file of lot \"" + reference + "\" is not ready yet.");
        }
        if (lot.printFilePurged()) {
            throw new PrintLotNotFoundException("Le fichier d'impression du lot « " + reference
                    + " » a été détruit à la fin de sa durée de conservation.",
                    "The print file of lot \"" + reference + "\" was destroyed at the end of its retention period.");
        }
        return store.open(lot.printFile());
    }
}
