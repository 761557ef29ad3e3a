package fr.imprimfip.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds partners: by id, by identifier, by one of their OAuth client ids. */
@Stateless
public class Partners {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    /** The credential with this OAuth client id, with its partner. */
    public Optional<PartnerCredential> credential(String clientId) {
        return em.createNamedQuery("PartnerCredential.byClientId", PartnerCredential.class)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    public Partner byId(long id) {
        return em.find(Partner.class, id);
    }

    /** Up to {@code max} partner ids greater than {@code afterId}, in increasing order. */
    public List<Long> partnerIdsAfter(long afterId, int max) {
        return em.createNamedQuery("Partner.idsAfter", Long.class)
                .setParameter("afterId", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Up to {@code max} partners, by increasing id after {@code afterId}, whose data delivery ended on or before
     * {@code latestEnd} and whose habilitation data is still kept, not on legal hold.
     */
    public List<Long> habilitationDataDue(LocalDate latestEnd, long afterId, int max) {
        return em.createNamedQuery("Partner.habilitationDataDue", Long.class).setParameter("latestEnd", latestEnd)
                .setParameter("afterId", afterId).setMaxResults(max).getResultList();
    }

    /** The partner of the convention known by this client id (production or sandbox credential). */
    public Optional<Partner> byClientId(String clientId) {
        return credential(clientId).map(PartnerCredential::partner);
    }

    /** The partner of this client id or identifier, which must exist. */
    /** The partner's statements are addressed to {@code address} from now on (issued ones keep theirs). */
    public Partner addressBillsTo(String clientId, BillingAddress address) {
        Partner partner = existing(clientId);
        partner.addressBillsTo(address);
        return partner;
    }

    public Partner existing(String clientId) {
        return byClientId(clientId).or(() -> byIdentifier(clientId))
                .orElseThrow(() -> new PartnerNotFoundException(clientId));
    }

    /** The partner whose identifier (the client id of its production credential by default) is this one. */
    public Optional<Partner> byIdentifier(String identifier) {
        return em.createNamedQuery("Partner.byIdentifier", Partner.class)
                .setParameter("identifier", identifier).getResultStream().findFirst();
    }

    /** Whether {@code name} already names a partner or one of the credentials. */
    public boolean identifierTaken(String name) {
        return byIdentifier(name).isPresent() || credential(name).isPresent();
    }

    /** Every partner, by name. */
    public List<Partner> all() {
        return em.createNamedQuery("Partner.byName", Partner.class).getResultList();
    }

    /** Whether any partner's data is on legal hold (an incident, a dispute). */
    public boolean anyOnLegalHold() {
        return !em.createNamedQuery("Partner.idsOnLegalHold", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
