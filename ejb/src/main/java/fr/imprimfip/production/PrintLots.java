package fr.imprimfip.production;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.deposit.DeliveryReport;
import fr.imprimfip.deposit.Deposit;
import fr.imprimfip.deposit.DepositedDocument;
import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.deposit.ProductionEvent;
import fr.imprimfip.deposit.StatusSource;
import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.notification.OperationsAlerts;
import fr.imprimfip.registered.RegisteredNumber;
import fr.imprimfip.registered.RegisteredNumbers;
import fr.imprimfip.shared.RetentionPolicy;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * Print lots in the database: building them at a cut-off, handing their composition to one node at a time, and
 * recording its outcome. Each public method is one transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PrintLots {

    static final Duration COMPOSITION_CLAIM_TIMEOUT = Duration.ofMinutes(30);
    private static final String NODE = System.getProperty("jboss.node.name", "standalone");
    /** Lots looked at per claim: those another node claimed meanwhile are passed over. */
    private static final int CLAIM_CANDIDATES = 20;
    /** How many kinds of a failure's chain the alert of a lot not composed tells (the failure and three causes). */
    private static final int TOLD_CAUSES = 4;

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Deposits deposits;

    @Inject
    private Clock clock;

    @Inject
    private OperationsAlerts alerts;

    @Inject
    private RetentionPolicy retention;

    @Inject
    private RegisteredNumbers registeredNumbers;

    /** The print centre this platform's lots are produced by: its ranges give the registered letters' numbers. */
    @Inject
    @ConfigProperty(name = "imprimfip.production.print-centre", defaultValue = "CE-PRINCIPAL")
    String printCentre;

    @Inject
    @ConfigProperty(name = "imprimfip.production.max-letters-per-lot", defaultValue = "5000")
    int maxLettersPerLot;

    @Inject
    @ConfigProperty(name = "imprimfip.production.max-letters-per-cutoff", defaultValue = "50000")
    int maxLettersPerCutoff;

    /**
     * The cut-off: every production letter still pending joins a lot of its kind (paper, envelope, sending type,
     * postage class), oldest deposits first, at most {@code max-letters-per-lot} per lot. Sandbox letters never do,
     * nor electronic registered letters (LRE), which are delivered by e-mail.
     * Two nodes reaching the same cut-off are serialised on one locked row (which also keeps lot numbers unique); each letter's deposit is locked too,
     * so that a partner deleting a letter and the cut-off never both succeed. Returns the new lots' ids; when the
     * cut-off stopped at {@code max-letters-per-cutoff}, the rest waits for the next call.
     * <p>
     * Registered letters with acknowledgement (LRAR) take their registered numbers from the print centre's ranges in
     * this transaction: a cut-off that fails gives them back with its lots. Those beyond the numbers left stay
     * pending (not counted in the cut-off's maximum), and the call that builds no more lots raises an alert.
     */
    public List<Long> cutOff() {
        Instant now = clock.instant();
        em.createNativeQuery("select id from production_cutoff where id = 1 for update").getResultList();
        em.createNativeQuery("update production_cutoff set last_cutoff_at = ?1 where id = 1")
                .setParameter(1, now).executeUpdate();
        List<Long> depositIds = deposits.printableWithDocumentsIn(ServiceEnvironment.PRODUCTION, DocumentStatus.PENDING);
        Map<LotKey, List<Pending>> groups = new LinkedHashMap<>();
        int gathered = 0;
        long numbersLeft = registeredNumbers.available(printCentre);
        int registered = 0;
        int waitingForNumbers = 0;
        for (Long id : depositIds) {
            if (gathered >= maxLettersPerCutoff) {
                break;
            }
            Deposit deposit = em.find(Deposit.class, id, LockModeType.PESSIMISTIC_WRITE);
            for (DepositedDocument doc : deposit.documents()) {
                if (doc.status() == DocumentStatus.PENDING) {
                    if (numbered(deposit.sendingType())) {
                        if (registered >= numbersLeft) {
                            waitingForNumbers++;
                            continue;
                        }
                        registered++;
                    }
                    LotKey key = new LotKey(deposit.paper(), doc.envelope(), deposit.sendingType(), doc.postageClass());
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Pending(deposit, doc));
                    gathered++;
                }
            }
        }
        List<Long> lots = new ArrayList<>();
        int numberOfTheDay = em.createNamedQuery("PrintLot.countWithReferencePrefix", Long.class)
                .setParameter("prefix", PrintLot.referencePrefix(now) + "%")
                .getSingleResult().intValue();
        for (Map.Entry<LotKey, List<Pending>> group : groups.entrySet()) {
            List<Pending> letters = group.getValue();
            for (int from = 0; from < letters.size(); from += maxLettersPerLot) {
                List<Pending> inLot = letters.subList(from, Math.min(letters.size(), from + maxLettersPerLot));
                boolean numbered = numbered(group.getKey().sendingType());
                List<RegisteredNumber> numbers = numbered
                        ? registeredNumbers.allocate(printCentre, inLot.size()) : List.of();
                if (numbered && numbers.size() < inLot.size()) {
                    // fewer numbers than counted (a range spent meanwhile): the rest waits for the next cut-off
                    waitingForNumbers += inLot.size() - numbers.size();
                    if (numbers.isEmpty()) {
                        continue;
                    }
                    inLot = inLot.subList(0, numbers.size());
                }
                lots.add(openLot(group.getKey(), inLot, numbers, now, ++numberOfTheDay));
            }
        }
        if (waitingForNumbers > 0 && lots.isEmpty()) {
            registeredNumbers.reportLettersWaiting(printCentre, waitingForNumbers);
        }
        em.flush();
        for (List<Pending> letters : groups.values()) {
            for (Pending letter : letters) {
                LotFaults.beforeCommit(letter.deposit().filename());
            }
        }
        return lots;
    }

    /** Registered letters with acknowledgement of receipt carry a registered number (UPU S10) from the cut-off. */
    private static boolean numbered(SendingType sendingType) {
        return sendingType == SendingType.LRAR;
    }

    private long openLot(LotKey key, List<Pending> letters, List<RegisteredNumber> numbers, Instant now,
                         int numberOfTheDay) {
        PrintLot lot = PrintLot.open(key, now, numberOfTheDay);
        em.persist(lot);
        int sequence = 0;
        for (Pending letter : letters) {
            int position = letter.document().position();
            letter.deposit().sendToPrint(position, lot.id(), lot.reference(), ++sequence, now);
            if (!numbers.isEmpty()) {
                letter.deposit().assignRegisteredNumber(position, numbers.get(sequence - 1).format());
            }
            lot.add(letter.document().sheets());
        }
        return lot.id();
    }

    private record Pending(Deposit deposit, DepositedDocument document) {
    }

    /**
     * Claims the next lot waiting for its print file (a new one, or one whose composer died) and returns its id, or
     * null when none waits. One lot at a time, so that every node running a cut-off composes its share of them.
     */
    public Long claimNextUncomposed() {
        Instant now = clock.instant();
        Instant stale = now.minus(COMPOSITION_CLAIM_TIMEOUT);
        List<Long> candidates = em.createNamedQuery("PrintLot.uncomposed", Long.class)
                .setParameter("composing", PrintLotStatus.COMPOSING)
                .setParameter("stale", stale)
                .setMaxResults(CLAIM_CANDIDATES)
                .getResultList();
        for (Long id : candidates) {
            int updated = em.createNamedQuery("PrintLot.claimComposition")
                    .setParameter("now", now)
                    .setParameter("id", id)
                    .setParameter("composing", PrintLotStatus.COMPOSING)
                    .setParameter("stale", stale)
                    .executeUpdate();
            if (updated == 1) {
                return id;
            }
        }
        return null;
    }

    /** The letters to write to a lot's print file, or null when the lot is no longer waiting for it. */
    public LotPlan plan(long lotId) {
        PrintLot lot = em.find(PrintLot.class, lotId);
        if (lot == null || lot.status() != PrintLotStatus.COMPOSING) {
            return null;
        }
        List<DepositedDocument> documents = deposits.inLot(lotId, DocumentStatus.IN_PRODUCTION);
        documents.forEach(doc -> LotFaults.whileComposing(doc.deposit().filename(), lot.compositionAttempts()));
        Map<Long, Integer> spans = deposits.pagesSpanned(documents.stream().map(doc -> doc.deposit().id())
                .collect(Collectors.toSet()));
        Map<Long, List<SourceFile>> annexes = new LinkedHashMap<>();
        Map<Long, SourceFile> files = new LinkedHashMap<>();
        List<LetterToPrint> letters = new ArrayList<>();
        for (DepositedDocument doc : documents) {
            Deposit deposit = doc.deposit();
            List<SourceFile> annexFiles = annexes.computeIfAbsent(deposit.id(), id -> deposit.annexes().stream()
                    .map(annex -> SourceFile.counted(annex.content(), annex.pageCount())).toList());
            SourceFile file = files.computeIfAbsent(deposit.id(),
                    id -> new SourceFile(deposit.content(), LotFaults.analysedPages(deposit.filename(),
                            filePages(spans.get(id), annexFiles))));
            letters.add(new LetterToPrint(doc.lotSequence(), deposit.id(), doc.position(), file,
                    doc.firstPage(), doc.pageCount(), annexFiles, doc.sheets(), doc.registeredNumber(),
                    doc.registeredNumber() == null ? null : deposit.sealedRegisteredAddresses()));
        }
        return new LotPlan(lot, letters);
    }

    /**
     * The pages the analysis read in a deposit's own file: its letters follow each other from the first page to the
     * last, each counting the annexes' pages too. 0 (unknown) when an annex's pages are not on record.
     */
    private static int filePages(Integer spanned, List<SourceFile> annexes) {
        if (spanned == null || annexes.stream().anyMatch(annex -> annex.analysedPages() == 0)) {
            return 0;
        }
        return spanned - 1 - annexes.stream().mapToInt(SourceFile::analysedPages).sum();
    }

    /**
     * The stored content of a deposit failed its integrity check while its letters were being composed: they are
     * left out of the lot and put in error, never printed.
     */
    public void leaveOut(long lotId, long depositId, String reason) {
        PrintLot lot = em.find(PrintLot.class, lotId, LockModeType.PESSIMISTIC_WRITE);
        Deposit deposit = em.find(Deposit.class, depositId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        for (DepositedDocument doc : deposit.documents()) {
            if (lotId == (doc.printLotId() == null ? -1 : doc.printLotId())
                    && doc.status() == DocumentStatus.IN_PRODUCTION) {
                deposit.recordProductionEvent(doc.position(), ProductionEvent.ERROR, DeliveryReport.at(now, reason),
                        StatusSource.PRODUCTION, retention.finalContentExpiry(now));
                lot.leaveOut(doc.sheets());
            }
        }
    }

    /**
     * The pages of a deposit could not be reproduced in a lot's print file as the analysis read them: its letters are
     * left out of the lot and put in error, and the administrators are told, since the analysis accepted what
     * production cannot print.
     */
    public void leaveOutUnprintable(long lotId, long depositId, String reason, String why) {
        leaveOut(lotId, depositId, reason);
        PrintLot lot = em.find(PrintLot.class, lotId);
        Deposit deposit = em.find(Deposit.class, depositId);
        String file = deposit.reference().value();
        alerts.raise("LETTERS_UNPRINTABLE", "Fichier impossible à imprimer : " + file,
                "Les plis du fichier " + file + " du partenaire " + deposit.partner().clientId() + " sont retirés du"
                        + " lot " + lot.reference() + " et mis en erreur : " + why + ". Le partenaire est invité à le"
                        + " déposer à nouveau ; le reste du lot est imprimé.");
    }

    /**
     * Composing a lot's print file failed for a reason of the platform's (a full disk, a bug), not of a deposited file:
     * the administrators on call are told at each failure, because nothing takes the lot again before the next
     * cut-off of a node, hours away, and its letters wait meanwhile. Said: the lot, its size, the attempt, the failure's
     * kind and where it happened (never its message), and what to do.
     */
    public void compositionFailed(long lotId, Throwable failure) {
        PrintLot lot = em.find(PrintLot.class, lotId);
        if (lot == null || lot.status() != PrintLotStatus.COMPOSING) {
            return;
        }
        alerts.raise("LOT_NOT_COMPOSED", "Lot non composé : " + lot.reference(),
                "Le fichier d'impression du lot " + lot.reference() + " (" + lot.letters() + " plis, " + lot.sheets()
                        + " feuilles) n'a pas pu être écrit, tentative " + lot.compositionAttempts() + " : "
                        + FailureKindAndPlace.of(failure, TOLD_CAUSES) + ". La faute est de la plateforme (disque plein sous work/ du"
                        + " magasin de contenu, défaut), non d'un fichier déposé ; le journal du nœud " + NODE
                        + " en dit la cause. Ses plis attendent : le lot est repris par la prochaine coupure d'un nœud,"
                        + " au plus tôt " + COMPOSITION_CLAIM_TIMEOUT.toMinutes() + " minutes après cette tentative,"
                        + " ou par POST /admin/production-cutoffs une fois la cause levée.");
    }

    /** The print file is stored: each written letter learns its first page in it, and the lot is ready. */
    public void recordComposed(long lotId, StoredContent file, int pages, Map<Integer, Integer> firstPageBySequence) {
        PrintLot lot = em.find(PrintLot.class, lotId, LockModeType.PESSIMISTIC_WRITE);
        for (DepositedDocument doc : deposits.inLot(lotId)) {
            Integer page = firstPageBySequence.get(doc.lotSequence());
            if (page != null) {
                doc.deposit().placeInPrintFile(doc.position(), page);
            }
        }
        lot.composed(file, pages, clock.instant());
    }
}
