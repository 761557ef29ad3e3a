package fr.imprimfip.webhook;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.access.MaintenanceNotice;
import fr.imprimfip.partner.PartnerStatus;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * A maintenance window or a change of the service announced, recalled the day before, or cancelled is a
 * {@code maintenance.notice} event for every partner whose convention is not over, in each environment where it has
 * a webhook (both doors close during a window), raised in the transaction that decided it.
 */
@ApplicationScoped
public class MaintenanceNoticeEvents {

    @PersistenceContext(unitName = "imprimfip")
    EntityManager em;

    @EJB
    WebhookEvents events;

    void raise(@Observes MaintenanceNotice notice) {
        List<Object[]> subscribers = em.createQuery("select distinct s.partnerId, s.environment from"
                        + " WebhookSubscription s, Partner p where p.id = s.partnerId and p.status <> :terminated"
                        + " and s.status <> :deleted", Object[].class)
                .setParameter("terminated", PartnerStatus.TERMINATED)
                .setParameter("deleted", WebhookSubscription.Status.DELETED).getResultList();
        JsonObject data = data(notice);
        for (Object[] subscriber : subscribers) {
            events.raise((Long) subscriber[0], (ServiceEnvironment) subscriber[1], WebhookEventType.MAINTENANCE_NOTICE,
                    notice.occurredAt(), data);
        }
    }

    /** The window's id as its reference, the notice's stage and the window's facts, as the v2 API lists them. */
    static JsonObject data(MaintenanceNotice notice) {
        return Json.createObjectBuilder().add("reference", String.valueOf(notice.windowId()))
                .add("notice", notice.stage().name()).add("kind", notice.kind().name())
                .add("urgency", notice.urgency().name()).add("startsAt", notice.startsAt().toString())
                .add("endsAt", notice.endsAt().toString()).add("reason", notice.reason()).build();
    }
}
