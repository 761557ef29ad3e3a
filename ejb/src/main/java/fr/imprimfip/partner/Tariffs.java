package fr.imprimfip.partner;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The yearly tariffs of the partners' financial agreements. */
@Stateless
public class Tariffs {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Partners partners;

    @Inject
    private BilledYears billedYears;

    @Inject
    private Clock clock;

    public Optional<Tariff> ofYear(long partnerId, int year) {
        return em.createNamedQuery("Tariff.ofPartnerYear", Tariff.class)
                .setParameter("partner", partnerId)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    /** Every yearly version of the partner's tariff, the latest year first. */
    public List<Tariff> history(long partnerId) {
        return em.createNamedQuery("Tariff.ofPartner", Tariff.class).setParameter("partner", partnerId)
                .getResultList();
    }

    /**
     * Sets the partner's tariff for {@code year} (a new version, or the year's version revised): refused once a
     * statement of that year is issued, since it was billed with the prices it had.
     */
    public Tariff set(String clientId, int year, UnitPrice postage, UnitPrice production, List<TariffLine> byType,
                      String by) {
        Partner partner = partners.existing(clientId);
        if (billedYears.billed(partner.id(), year)) {
            throw new ConventionRuleException("Le relevé " + year + " du partenaire est émis : son tarif ne change"
                    + " plus.",
                    "The partner's " + year + " statement is issued: its tariff no longer changes.");
        }
        Tariff tariff = ofYear(partner.id(), year).orElseGet(() -> {
            Tariff created = new Tariff(partner, year, postage, production);
            em.persist(created);
            return created;
        });
        tariff.revise(postage, production, byType, clock.instant(), by);
        return tariff;
    }
}
