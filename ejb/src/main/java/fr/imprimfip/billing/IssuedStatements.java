package fr.imprimfip.billing;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.partner.BilledYears;

/** A year is billed once the partner's statement of that year is issued. */
@Stateless
public class IssuedStatements implements BilledYears {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    /**
     * Up to {@code max} statements, by increasing id after {@code afterId}, of years before {@code cutoffYear}, of
     * partners whose data is not on legal hold.
     */
    public List<Long> ofYearsBefore(int cutoffYear, long afterId, int max) {
        return em.createNamedQuery("Statement.idsBeforeYear", Long.class).setParameter("cutoffYear", cutoffYear)
                .setParameter("afterId", afterId).setMaxResults(max).getResultList();
    }

    @Override
    public boolean billed(long partnerId, int year) {
        return !em.createNamedQuery("Statement.idsOfPartnerYearIn", Long.class)
                .setParameter("partner", partnerId).setParameter("year", year)
                .setParameter("status", StatementStatus.ISSUED)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
