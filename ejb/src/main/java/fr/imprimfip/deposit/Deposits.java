package fr.imprimfip.deposit;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * The queries other capabilities ask of deposits and their documents. Each is a named query of {@link Deposit} or
 * {@link DepositedDocument}, so that the server refuses to start on one that no longer matches the mapping.
 * Joins the caller's transaction and persistence context, if any.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Deposits {

    /** The most ids bound to one {@code in} list. */
    private static final int IN_LIST = 1_000;

    /** How many production letters wait past a due date, and when the oldest of them was received. */
    public record Backlog(long letters, Instant oldestReceivedAt) {
    }

    /** A letter still waiting past its due date. */
    public record WaitingLetter(long letterId, String depositReference, String partnerClientId, String businessRef,
                                DocumentStatus status, Instant receivedAt) {
    }

    /**
     * A stretch of a list of letters ordered by an instant, then by letter id: one partner's letters ({@code
     * partnerId}) or everybody's (null), strictly after the point ({@code afterTime}, {@code afterLetterId}), at most
     * {@code max}.
     */
    public record ListWindow(Long partnerId, Instant afterTime, long afterLetterId, int max) {

        <T> TypedQuery<T> applyTo(TypedQuery<T> query) {
            return query.setParameter("anyPartner", partnerId == null)
                    .setParameter("partner", partnerId == null ? 0L : partnerId)
                    .setParameter("afterTime", afterTime)
                    .setParameter("afterId", afterLetterId)
                    .setMaxResults(max);
        }
    }

    /** A deposit's partner and technical reference. */
    public record DepositReference(long partnerId, String reference) {
    }

    /** A letter placed in a print lot, by the lot's id and its rank in the lot. */
    public record LetterInLot(long lotId, int sequence) {
    }

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    public Deposit byId(long depositId) {
        return em.find(Deposit.class, depositId);
    }

    /**
     * Up to {@code max} deposits, by increasing id after {@code afterId}, whose content expired at {@code asOf} and
     * is still stored, of partners whose data is not on legal hold.
     */
    public List<Long> withContentExpired(Instant asOf, long afterId, int max) {
        return em.createNamedQuery("Deposit.contentExpired", Long.class)
                .setParameter("asOf", asOf).setParameter("afterId", afterId).setMaxResults(max).getResultList();
    }

    /**
     * Up to {@code max} deposits received before {@code cutoff}, of partners not on legal hold, by increasing id
     * after {@code afterId}.
     */
    public List<Long> receivedBefore(Instant cutoff, long afterId, int max) {
        return em.createNamedQuery("Deposit.receivedBefore", Long.class)
                .setParameter("cutoff", cutoff).setParameter("afterId", afterId).setMaxResults(max).getResultList();
    }

    /** Those of {@code depositIds} received before {@code cutoff}, of partners not on legal hold. */
    public List<Long> amongReceivedBefore(List<Long> depositIds, Instant cutoff) {
        return em.createNamedQuery("Deposit.amongReceivedBefore", Long.class)
                .setParameter("ids", depositIds).setParameter("cutoff", cutoff).getResultList();
    }

    /** Those of {@code depositIds} whose content is still stored. */
    public List<Deposit> amongWithContentStored(List<Long> depositIds) {
        return em.createNamedQuery("Deposit.amongWithContentStored", Deposit.class)
                .setParameter("ids", depositIds).getResultList();
    }

    /**
     * Deposits of {@code environment} to be printed with a document in {@code status}, oldest first: electronic
     * registered letters (LRE) are never printed.
     */
    public List<Long> printableWithDocumentsIn(ServiceEnvironment environment, DocumentStatus status) {
        return em.createNamedQuery("Deposit.printableWithDocumentsIn", Long.class)
                .setParameter("environment", environment).setParameter("status", status)
                .setParameter("electronic", SendingType.LRE).getResultList();
    }

    public long countOfPartner(long partnerId, ServiceEnvironment environment) {
        return em.createNamedQuery("Deposit.countOfPartnerIn", Long.class)
                .setParameter("partner", partnerId).setParameter("environment", environment).getSingleResult();
    }

    /** Letters to print (all but electronic registered letters) in {@code status}. */
    public long printableDocumentsIn(DocumentStatus status, ServiceEnvironment environment) {
        return em.createNamedQuery("DepositedDocument.printableCountIn", Long.class)
                .setParameter("status", status).setParameter("environment", environment)
                .setParameter("electronic", SendingType.LRE).getSingleResult();
    }

    /**
     * Up to {@code max} sandbox deposits with a document whose status is older than {@code cutoff} and has a next
     * simulated step: pending or in production, shipped as registered mail, or notified as an electronic one.
     */
    public List<Long> sandboxDepositsDueForStep(Instant cutoff, int max) {
        return em.createNamedQuery("DepositedDocument.depositsDueForSimulation", Long.class)
                .setParameter("sandbox", ServiceEnvironment.SANDBOX)
                .setParameter("cutoff", cutoff)
                .setParameter("pending", DocumentStatus.PENDING)
                .setParameter("inProduction", DocumentStatus.IN_PRODUCTION)
                .setParameter("shipped", DocumentStatus.SHIPPED)
                .setParameter("standard", SendingType.STD)
                .setParameter("outForDelivery", DocumentStatus.OUT_FOR_DELIVERY)
                .setParameter("electronic", SendingType.LRE)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Production letters to print not yet handed over and deposited before {@code dueBefore}; electronic registered
     * letters waiting for their delivery are not late for the print centre.
     */
    public Backlog productionBacklog(Instant dueBefore) {
        Object[] row = waiting(em.createNamedQuery("DepositedDocument.lateness", Object[].class), dueBefore)
                .getSingleResult();
        return new Backlog((Long) row[0], (Instant) row[1]);
    }

    /** The same letters, by date received then id, in {@code window}. */
    public List<WaitingLetter> productionLettersWaiting(Instant dueBefore, ListWindow window) {
        return window.applyTo(waiting(em.createNamedQuery("DepositedDocument.late", Object[].class), dueBefore))
                .getResultList().stream().map(Deposits::waitingLetter).toList();
    }

    private static WaitingLetter waitingLetter(Object[] row) {
        return new WaitingLetter((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                (DocumentStatus) row[4], (Instant) row[5]);
    }

    private static TypedQuery<Object[]> waiting(TypedQuery<Object[]> query, Instant dueBefore) {
        return query.setParameter("environment", ServiceEnvironment.PRODUCTION)
                .setParameter("pending", DocumentStatus.PENDING)
                .setParameter("inProduction", DocumentStatus.IN_PRODUCTION)
                .setParameter("electronic", SendingType.LRE)
                .setParameter("dueBefore", dueBefore);
    }

    /** Those of these print lots holding a letter of a partner whose data is on legal hold. */
    public Set<Long> lotsWithLettersOnLegalHold(Collection<Long> lotIds) {
        return new HashSet<>(em.createNamedQuery("DepositedDocument.lotsOnLegalHold", Long.class)
                .setParameter("lots", lotIds).getResultList());
    }

    /** The letters of a print lot with their deposits, by rank. */
    public List<DepositedDocument> inLot(long lotId) {
        return em.createNamedQuery("DepositedDocument.inLot", DepositedDocument.class)
                .setParameter("lot", lotId).getResultList();
    }

    /**
     * For each of {@code depositIds}, one past the last page its letters span as the analysis counted them (annex
     * pages included): the letters of a file follow each other from its first page to its last.
     */
    public Map<Long, Integer> pagesSpanned(Collection<Long> depositIds) {
        Map<Long, Integer> spans = new HashMap<>();
        List<Long> ids = List.copyOf(depositIds);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            for (Object[] row : em.createNamedQuery("DepositedDocument.pagesSpanned", Object[].class)
                    .setParameter("deposits", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                    .getResultList()) {
                spans.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return spans;
    }

    /** The letters of a print lot in {@code status}, with their deposits, by rank. */
    public List<DepositedDocument> inLot(long lotId, DocumentStatus status) {
        return em.createNamedQuery("DepositedDocument.inLotWithStatus", DepositedDocument.class)
                .setParameter("lot", lotId).setParameter("status", status).getResultList();
    }

    /** The letter of rank {@code sequence} in a print lot, with its deposit. */
    public Optional<DepositedDocument> inLotAt(long lotId, int sequence) {
        return em.createNamedQuery("DepositedDocument.inLotAt", DepositedDocument.class)
                .setParameter("lot", lotId).setParameter("sequence", sequence).getResultStream().findFirst();
    }

    public long countInLot(long lotId, DocumentStatus status) {
        return em.createNamedQuery("DepositedDocument.countInLotWithStatus", Long.class)
                .setParameter("lot", lotId).setParameter("status", status).getSingleResult();
    }

    /**
     * Registered letters of print lots handed to La Poste or out for delivery, whose last news is at {@code due} or
     * earlier, oldest first.
     */
    public List<RegisteredOnTheWay> registeredLettersOnTheWay(Instant due, int max) {
        return em.createNamedQuery("DepositedDocument.registeredOnTheWayBefore", Object[].class)
                .setParameter("shipped", DocumentStatus.SHIPPED)
                .setParameter("outForDelivery", DocumentStatus.OUT_FOR_DELIVERY)
                .setParameter("due", due)
                .setParameter("standard", SendingType.STD)
                .setMaxResults(max)
                .getResultStream()
                .map(row -> new RegisteredOnTheWay(new LetterInLot((Long) row[0], (Integer) row[1]),
                        (DocumentStatus) row[2], (Instant) row[3], (SendingType) row[4], (String) row[5]))
                .toList();
    }

    /**
     * A registered letter La Poste has: where it is in its lot, its status and since when, how it is sent, and its
     * registered number (LRAR letters).
     */
    public record RegisteredOnTheWay(LetterInLot letter, DocumentStatus status, Instant since,
                                     SendingType sendingType, String registeredNumber) {
    }

    /** A production registered letter with no news from La Poste: handed over or presented, and since when. */
    public record SilentLetter(WaitingLetter letter, Instant lastNews) {
    }

    /**
     * Production paper registered letters (LRAR) in {@code status} (handed over, or presented) since before {@code
     * newsBefore} with no news since, La Poste's to report on: by date of that last news then id, in {@code window}.
     */
    public List<SilentLetter> registeredWithoutNews(DocumentStatus status, Instant newsBefore, ListWindow window) {
        return window.applyTo(em.createNamedQuery("DepositedDocument.registeredWithoutNews", Object[].class)
                        .setParameter("environment", ServiceEnvironment.PRODUCTION)
                        .setParameter("paperRegistered", SendingType.LRAR)
                        .setParameter("status", status)
                        .setParameter("newsBefore", newsBefore))
                .getResultStream()
                .map(row -> new SilentLetter(waitingLetter(row), (Instant) row[6]))
                .toList();
    }

    /**
     * A partner's plis of {@code environment} received from {@code monthStarts[0]} to {@code monthStarts[12]} (twelve
     * months), neither deleted nor in error: per sending type, the count of each month. One query, scanning the year
     * once.
     */
    public List<Object[]> plisByMonth(long partnerId, ServiceEnvironment environment, List<Instant> monthStarts) {
        TypedQuery<Object[]> query = em.createNamedQuery("DepositedDocument.plisByMonth", Object[].class)
                .setParameter("partner", partnerId)
                .setParameter("environment", environment)
                .setParameter("deleted", DocumentStatus.DELETED)
                .setParameter("error", DocumentStatus.ERROR);
        for (int month = 1; month <= 13; month++) {
            query.setParameter("m" + month, monthStarts.get(month - 1));
        }
        return query.getResultList();
    }

    /**
     * How many production letters of a sending type deposited in [{@code from}, {@code to}) stand in each status, per
     * partner: rows of (partner id, {@link DocumentStatus}, count).
     */
    public List<Object[]> lettersPerPartnerAndStatus(SendingType sendingType, Instant from, Instant to) {
        return em.createNamedQuery("DepositedDocument.registeredOutcomes", Object[].class)
                .setParameter("environment", ServiceEnvironment.PRODUCTION)
                .setParameter("sendingType", sendingType)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Per partner, its delivered LRAR letters deposited in [{@code from}, {@code to}) whose scanned AR has not come. */
    public Map<Long, Long> acknowledgementsMissingPerPartner(Instant from, Instant to) {
        Map<Long, Long> missing = new HashMap<>();
        for (Object[] row : em.createNamedQuery("DepositedDocument.acknowledgementsMissing", Object[].class)
                .setParameter("environment", ServiceEnvironment.PRODUCTION)
                .setParameter("sendingType", SendingType.LRAR)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("delivered", DocumentStatus.DELIVERED)
                .getResultList()) {
            missing.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return missing;
    }

    /** The partners and references of these deposits. */
    public List<DepositReference> referencesOf(List<Long> depositIds) {
        return em.createNamedQuery("Deposit.partnersAndReferences", Object[].class).setParameter("ids", depositIds)
                .getResultStream().map(row -> new DepositReference((Long) row[0], (String) row[1])).toList();
    }

    /**
     * Every partner's production plis received from {@code from} to {@code to} (excluded), neither deleted nor in
     * error, per sending type: the counts the statements bill, all partners together. Read only.
     */
    public Map<SendingType, Long> productionPlisBetween(Instant from, Instant to) {
        Map<SendingType, Long> plis = new EnumMap<>(SendingType.class);
        for (Object[] row : em.createNamedQuery("DepositedDocument.plisBetween", Object[].class)
                .setParameter("environment", ServiceEnvironment.PRODUCTION)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("deleted", DocumentStatus.DELETED)
                .setParameter("error", DocumentStatus.ERROR)
                .getResultList()) {
            plis.put((SendingType) row[0], ((Number) row[1]).longValue());
        }
        return plis;
    }

    /**
     * Removes these deposits with their documents, annexes, metadata, status history and electronic delivery
     * records. Native and set-based, a few statements for a whole chunk of the retention purge: a million expired
     * deposits must go within minutes, which removing entity by entity does not allow. The caller has the content
     * destroyed and the persistence context cleared first.
     *
     * @return how many deposits were removed
     */
    public int removeWithHistory(List<Long> depositIds) {
        String lreLetters = "(select id from lre_letter where deposit_id in (:ids))";
        for (String table : List.of("lre_session", "lre_link", "lre_message")) {
            em.createNativeQuery("delete from " + table + " where letter_id in " + lreLetters)
                    .setParameter("ids", depositIds).executeUpdate();
        }
        em.createNativeQuery("delete from lre_letter where deposit_id in (:ids)").setParameter("ids", depositIds)
                .executeUpdate();
        em.createNativeQuery("delete from document_status_change where document_id in"
                        + " (select id from deposit_document where deposit_id in (:ids))")
                .setParameter("ids", depositIds).executeUpdate();
        for (String table : List.of("deposit_document", "deposit_annex", "deposit_metadata")) {
            em.createNativeQuery("delete from " + table + " where deposit_id in (:ids)")
                    .setParameter("ids", depositIds).executeUpdate();
        }
        return em.createNativeQuery("delete from deposit where id in (:ids)").setParameter("ids", depositIds)
                .executeUpdate();
    }
}
