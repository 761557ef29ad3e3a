package fr.imprimfip.billing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.shared.ServiceEnvironment;
import fr.imprimfip.deposit.DocumentStatus;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerDirectory;
import fr.imprimfip.shared.BusinessCalendar;

/** Counts and prices each partner's plis of a year, and keeps the resulting statements. */
@Stateless
public class BillingService {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private Clock clock;

    /**
     * The plis a partner deposited in production during {@code year} (Paris time), neither deleted nor rejected,
     * priced with its tariff of that year; empty when the partner has no tariff for the year.
     */
    public Optional<StatementFigures> figures(long partnerId, int year) {
        long plis = em.createQuery("select count(doc) from DepositedDocument doc join doc.deposit dep"
                        + " where dep.partner.id = :partner and dep.environment = :production"
                        + " and dep.receivedAt >= :start and dep.receivedAt < :end"
                        + " and doc.status not in (:deleted, :error)", Long.class)
                .setParameter("partner", partnerId)
                .setParameter("production", ServiceEnvironment.PRODUCTION)
                .setParameter("start", BusinessCalendar.startOfYear(year))
                .setParameter("end", BusinessCalendar.endOfYear(year))
                .setParameter("deleted", DocumentStatus.DELETED)
                .setParameter("error", DocumentStatus.ERROR)
                .getSingleResult();
        return partners.tariff(partnerId, year).map(tariff -> StatementFigures.price(partnerId, year, plis, tariff));
    }

    /**
     * Records the figures as the partner's draft statement for the year, replacing a previous draft. Returns false
     * when the statement was already issued and is therefore left as it is.
     */
    public boolean saveDraft(StatementFigures figures) {
        Optional<Statement> existing = statement(figures.partnerId(), figures.year());
        if (existing.isPresent()) {
            if (existing.get().issued()) {
                return false;
            }
            existing.get().recompute(figures, clock.instant());
            return true;
        }
        Partner partner = em.getReference(Partner.class, figures.partnerId());
        em.persist(Statement.draft(partner, figures, clock.instant()));
        return true;
    }

    public Optional<Statement> statement(long partnerId, int year) {
        return em.createQuery("select s from Statement s where s.partner.id = :partner and s.year = :year",
                        Statement.class)
                .setParameter("partner", partnerId)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    public List<Statement> statements(int year) {
        return em.createQuery("select s from Statement s join fetch s.partner where s.year = :year"
                        + " order by s.partner.id", Statement.class)
                .setParameter("year", year)
                .getResultList();
    }
}
