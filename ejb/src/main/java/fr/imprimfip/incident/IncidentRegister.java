package fr.imprimfip.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.partner.Conventions;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.partner.PartnerInformed;

/** The register of security incidents: opened, moved through their phases, closed, reviewed. */
@Stateless
public class IncidentRegister {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Partners partners;

    @Inject
    private Conventions conventions;

    @Inject
    private Clock clock;

    @Inject
    private Event<PartnerInformed> informed;

    /**
     * Opens an incident concerning the partners of {@code clientIds}; with {@code isolate}, each of them is cut off
     * at once and its logs and data put on legal hold.
     */
    public SecurityIncident open(String summary, Instant detectedAt, boolean personalDataBreach,
                                 List<String> clientIds, boolean isolate, String by) {
        List<Partner> concerned = clientIds.stream().distinct().map(partners::existing).toList();
        Set<Long> ids = new LinkedHashSet<>();
        concerned.forEach(partner -> ids.add(partner.id()));
        SecurityIncident incident = new SecurityIncident(summary, detectedAt, personalDataBreach, ids,
                clock.instant(), by);
        em.persist(incident);
        em.flush();
        if (isolate) {
            concerned.forEach(partner -> conventions.isolate(partner, "Incident de sécurité " + incident.reference()));
        } else {
            concerned.forEach(partner -> informed.fire(new PartnerInformed(partner.id(),
                    PartnerInformed.Topic.SECURITY_INCIDENT, "Incident de sécurité " + incident.reference(),
                    "Un incident de sécurité (" + incident.reference() + ") concernant " + partner.name()
                            + " est en cours de traitement par le service Imprim'FIP."
                            + (personalDataBreach ? " Il peut s'agir d'une violation de données à caractère"
                            + " personnel : elle vous sera notifiée dans les 48 heures de sa constatation." : ""))));
        }
        return incident;
    }

    public SecurityIncident enter(String reference, IncidentPhase phase, String note, String by) {
        SecurityIncident incident = byReference(reference);
        incident.enter(phase, note, clock.instant(), by);
        return incident;
    }

    public SecurityIncident close(String reference, String verificationNote, String by) {
        SecurityIncident incident = byReference(reference);
        incident.close(verificationNote, clock.instant(), by);
        return incident;
    }

    public SecurityIncident byReference(String reference) {
        SecurityIncident incident = em.find(SecurityIncident.class, SecurityIncident.idOf(reference));
        if (incident == null) {
            throw new IncidentNotFoundException(reference);
        }
        incident.notices();     // read with the incident, for the pages that show it
        return incident;
    }

    /** The incidents for the periodic review: the open ones first, then the closed, most recent first. */
    public List<SecurityIncident> forReview(boolean openOnly) {
        List<SecurityIncident> incidents = em.createQuery("select i from SecurityIncident i"
                        + (openOnly ? " where i.phase <> :closed" : "")
                        + " order by case when i.phase = :closed then 1 else 0 end, i.detectedAt desc",
                        SecurityIncident.class)
                .setParameter("closed", IncidentPhase.CLOSED)
                .setMaxResults(500)
                .getResultList();
        incidents.forEach(SecurityIncident::notices);      // read with them, for the pages that show them
        return incidents;
    }

    /** The client id of the partner {@code partnerId}. */
    public String clientIdOf(long partnerId) {
        return partners.byId(partnerId).clientId();
    }

    /** The client ids of the partners an incident concerns. */
    public List<String> concernedClientIds(SecurityIncident incident) {
        return incident.partnerIds().stream().map(partners::byId).map(Partner::clientId).sorted().toList();
    }
}
