package fr.imprimfip.billing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.partner.BilledYears;

/** A year is billed once the partner's statement of that year is issued. */
@Stateless
public class IssuedStatements implements BilledYears {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Override
    public boolean billed(long partnerId, int year) {
        return !em.createNamedQuery("Statement.idsOfPartnerYearIn", Long.class)
                .setParameter("partner", partnerId).setParameter("year", year)
                .setParameter("status", StatementStatus.ISSUED)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
