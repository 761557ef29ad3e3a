package fr.imprimfip.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.billing.Statement;
import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.RetentionPolicy;

/**
 * Destroys the records whose retention ended (docs/operations.md, the retention purge): deposit and document
 * metadata 3 years after the end of the billed year, statements 10 years after theirs, a terminated partner's
 * habilitation data 6 years after data stopped being delivered to it. A partner's legal hold keeps all of its records. Each destruction is recorded for
 * the partner's destruction certificate; each call is harmless when repeated (a restarted purge).
 */
@Stateless
public class RecordsPurgeService {

    private static final Logger LOG = Logger.getLogger(RecordsPurgeService.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private RetentionPolicy retention;

    @Inject
    private ContentPurgeService contents;

    @Inject
    private Deposits deposits;

    @Inject
    private Clock clock;

    /** Deposits received in a year whose metadata retention ended at {@code asOf}, by id after {@code afterId}. */
    public List<Long> expiredDeposits(Instant asOf, long afterId, int max) {
        return deposits.receivedBefore(metadataCutoff(asOf), afterId, max);
    }

    /**
     * Removes these deposits, their documents and their history, those still due at {@code asOf} (a restarted purge
     * finds some gone, a hold may have been placed since they were read); their stored content first if still there
     * (a file whose letters never reached a final status is not kept beyond its metadata). Set-based, a few
     * statements for the whole chunk: a million expired deposits must go within minutes.
     *
     * @return how many deposits were removed
     */
    public int purgeDeposits(List<Long> depositIds, Instant asOf) {
        if (depositIds.isEmpty()) {
            return 0;
        }
        List<Long> due = deposits.amongReceivedBefore(depositIds, metadataCutoff(asOf));
        if (due.isEmpty()) {
            return 0;
        }
        deposits.amongWithContentStored(due).forEach(contents::destroyStoredFiles);
        em.flush();
        em.clear();
        // Native and set-based, like the removal itself: one statement records the whole chunk's destructions.
        em.createNativeQuery("insert into destruction_record (partner_id, kind, reference, destroyed_at)"
                        + " select partner_id, :kind, internal_ref, :at from deposit where id in (:ids)")
                .setParameter("kind", DestroyedKind.DEPOSIT_METADATA.name()).setParameter("at", clock.instant())
                .setParameter("ids", due).executeUpdate();
        return deposits.removeWithHistory(due);
    }

    /** Statements whose retention ended at {@code asOf}. */
    public List<Long> expiredStatements(Instant asOf, long afterId, int max) {
        return em.createQuery("select s.id from Statement s where s.year < :cutoffYear"
                        + " and s.partner.legalHoldSince is null and s.id > :afterId order by s.id", Long.class)
                .setParameter("cutoffYear", parisYear(asOf) - retention.statementYears())
                .setParameter("afterId", afterId).setMaxResults(max).getResultList();
    }

    public boolean purgeStatement(long statementId, Instant asOf) {
        Statement statement = em.find(Statement.class, statementId);
        if (statement == null || statement.partner().legalHoldSince().isPresent()
                || statement.year() >= parisYear(asOf) - retention.statementYears()) {
            return false;
        }
        long partnerId = statement.partner().id();
        String reference = "Relevé " + statement.year();
        em.remove(statement);
        em.persist(new DestructionRecord(partnerId, DestroyedKind.STATEMENT, reference, clock.instant()));
        return true;
    }

    /** Terminated partners whose habilitation data outlived its retention at {@code asOf}. */
    public List<Long> expiredHabilitationData(Instant asOf, long afterId, int max) {
        LocalDate day = LocalDate.ofInstant(asOf, BusinessCalendar.PARIS);
        return em.createQuery("select p.id from Partner p where p.dataDeliveryEndedOn <= :latestEnd"
                        + " and p.habilitationDataErasedAt is null and p.legalHoldSince is null"
                        + " and p.id > :afterId order by p.id", Long.class)
                .setParameter("latestEnd", day.minus(Partner.HABILITATION_DATA_RETENTION))
                .setParameter("afterId", afterId).setMaxResults(max).getResultList();
    }

    public boolean eraseHabilitationData(long partnerId, Instant asOf) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null || !partner.habilitationDataExpiredOn(LocalDate.ofInstant(asOf, BusinessCalendar.PARIS))) {
            return false;
        }
        partner.eraseHabilitationData(clock.instant());
        int users = em.createNativeQuery("delete from partner_application_user where partner_id = ?")
                .setParameter(1, partnerId).executeUpdate();
        int notifications = em.createNativeQuery("delete from notification where partner_id = ?")
                .setParameter(1, partnerId).executeUpdate();
        em.persist(new DestructionRecord(partnerId, DestroyedKind.HABILITATION_DATA, "DataPass, contacts, " + users
                + " utilisateur(s) applicatif(s), " + notifications + " notification(s) adressée(s) aux contacts",
                clock.instant()));
        LOG.info(() -> "Habilitation data of partner " + partnerId + " erased at the end of its retention");
        return true;
    }

    /** What was destroyed of a partner's data, oldest first. */
    public List<DestructionRecord> destroyedOf(long partnerId) {
        return em.createQuery("select r from DestructionRecord r where r.partnerId = :partner"
                        + " order by r.destroyedAt, r.id", DestructionRecord.class)
                .setParameter("partner", partnerId).getResultList();
    }

    /** The destruction certificate of a partner, as of now. */
    public DestructionCertificate certificate(Partner partner) {
        return DestructionCertificate.of(partner.clientId(), partner.name(), partner.siret(), partner.status().name(),
                clock.instant(), destroyedOf(partner.id()));
    }

    /** Deposits received before this instant have outlived their metadata retention at {@code asOf}. */
    Instant metadataCutoff(Instant asOf) {
        return BusinessCalendar.startOfYear(parisYear(asOf) - retention.metadataYears());
    }

    private static int parisYear(Instant instant) {
        return instant.atZone(BusinessCalendar.PARIS).getYear();
    }
}
