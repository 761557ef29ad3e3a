package fr.imprimfip.partner;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.shared.ServiceEnvironment;

/**
 * What the partner has done on the way to production, as the other capabilities recorded it: files deposited in
 * the sandbox, letter templates validated.
 */
@Stateless
public class OnboardingEvidence {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    public long sandboxDeposits(long partnerId) {
        return em.createQuery("select count(d) from Deposit d where d.partner.id = :partner"
                        + " and d.environment = :sandbox", Long.class)
                .setParameter("partner", partnerId).setParameter("sandbox", ServiceEnvironment.SANDBOX)
                .getSingleResult();
    }

    public boolean hasValidatedTemplate(long partnerId) {
        return !em.createQuery("select t.id from LetterTemplate t where t.partnerId = :partner"
                        + " and t.status = fr.imprimfip.template.TemplateStatus.VALIDATED", Long.class)
                .setParameter("partner", partnerId).setMaxResults(1).getResultList().isEmpty();
    }
}
