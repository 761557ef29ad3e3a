package fr.imprimfip.template;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.deposit.Deposits;
import fr.imprimfip.partner.OnboardingEvidence;
import fr.imprimfip.shared.ServiceEnvironment;

/** The partner's sandbox deposits and validated templates, for the conditions of its production habilitation. */
@Stateless
public class OnboardingRecords implements OnboardingEvidence {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Deposits deposits;

    @Override
    public long sandboxDeposits(long partnerId) {
        return deposits.countOfPartner(partnerId, ServiceEnvironment.SANDBOX);
    }

    @Override
    public boolean hasValidatedTemplate(long partnerId) {
        return !em.createNamedQuery("LetterTemplate.idsOfPartnerIn", Long.class)
                .setParameter("partner", partnerId).setParameter("status", TemplateStatus.VALIDATED)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
