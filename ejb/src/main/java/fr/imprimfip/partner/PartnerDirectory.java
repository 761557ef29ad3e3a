package fr.imprimfip.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds partners and their tariffs. */
@Stateless
public class PartnerDirectory {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Event<ConventionChanged> changes;

    @Inject
    private Clock clock;

    /** The credential with this OAuth client id, with its partner. */
    public Optional<PartnerCredential> credential(String clientId) {
        return em.createQuery("select c from PartnerCredential c join fetch c.partner where c.clientId = :clientId",
                        PartnerCredential.class)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    public Partner byId(long id) {
        return em.find(Partner.class, id);
    }

    /** Up to {@code max} partner ids greater than {@code afterId}, in increasing order. */
    public List<Long> partnerIdsAfter(long afterId, int max) {
        return em.createQuery("select p.id from Partner p where p.id > :afterId order by p.id", Long.class)
                .setParameter("afterId", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<Tariff> tariff(long partnerId, int year) {
        return em.createQuery("select t from Tariff t where t.partner.id = :partner and t.year = :year", Tariff.class)
                .setParameter("partner", partnerId)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    /** The partner of the convention known by this client id (production or sandbox credential). */
    public Optional<Partner> byClientId(String clientId) {
        return credential(clientId).map(PartnerCredential::partner);
    }

    /** The partner of this client id, which must exist. */
    public Partner existing(String clientId) {
        return byClientId(clientId).orElseThrow(() -> new PartnerNotFoundException(clientId));
    }

    /** The convention sets the partner's own call quota, or none (null) to go back to the service's default. */
    public Partner changeCallQuota(String clientId, Integer callsPerMinute) {
        Partner partner = existing(clientId);
        partner.changeCallQuota(callsPerMinute);
        return changed(partner);
    }

    /** The convention declares the address ranges the partner calls from; they replace the previous ones. */
    public Partner declareIpRanges(String clientId, List<String> ranges) {
        Partner partner = existing(clientId);
        partner.declareIpRanges(ranges);
        return changed(partner);
    }

    /** A habilitation (DataPass) is granted or renewed for one environment. */
    public Partner grantHabilitation(String clientId, Habilitation habilitation) {
        Partner partner = existing(clientId);
        partner.grantHabilitation(habilitation);
        return changed(partner);
    }

    /** A security attestation was received; a production access lapsed with the previous one is open again. */
    public Partner attestSecurity(String clientId, SecurityAttestation attestation) {
        Partner partner = existing(clientId);
        partner.attestSecurity(attestation);
        return changed(partner);
    }

    /** Access is suspended for {@code reason} (an administrator's decision, kept on record). */
    public Partner suspend(String clientId, String reason) {
        Partner partner = existing(clientId);
        partner.suspend(reason, clock.instant());
        return changed(partner);
    }

    /** A suspended partner is given its access back. */
    public Partner resume(String clientId, String reason) {
        Partner partner = existing(clientId);
        partner.resume(reason, clock.instant());
        return changed(partner);
    }

    /** Cut off at once after a security incident; its logs and data put on legal hold. */
    public Partner isolate(String clientId, String reason) {
        return isolate(existing(clientId), reason);
    }

    /** The same, for a partner already at hand (managed in the caller's transaction). */
    public Partner isolate(Partner partner, String reason) {
        partner.isolate(reason, clock.instant());
        return changed(partner);
    }

    /** An isolated partner may call again; its legal hold stays until released. */
    public Partner endIsolation(String clientId, String reason) {
        Partner partner = existing(clientId);
        partner.endIsolation(reason, clock.instant());
        return changed(partner);
    }

    public Partner releaseLegalHold(String clientId) {
        Partner partner = existing(clientId);
        partner.releaseLegalHold();
        return partner;
    }

    private Partner changed(Partner partner) {
        changes.fire(new ConventionChanged(partner.id()));
        return partner;
    }
}
