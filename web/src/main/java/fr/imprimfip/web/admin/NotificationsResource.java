package fr.imprimfip.web.admin;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.notification.MailDelivery;
import fr.imprimfip.notification.Notification;
import fr.imprimfip.notification.Outbox;
import fr.imprimfip.partner.Partners;

/**
 * The e-mail notifications to partners' contacts: those of one partner ({@code ?partner=}, most recent first) or
 * those not delivered yet; {@code POST /delivery} makes every undelivered one due and sends them now (after the
 * relay came back, say).
 */
@Path("/admin/notifications")
@RequestScoped
public class NotificationsResource {

    /** A notification as administrators read it (its text included: it holds no letter content). */
    public record NotificationView(long id, String topic, List<String> recipients, String subject, String body,
                                   String status, int attempts, String lastError, Instant createdAt,
                                   Instant nextAttemptAt, Instant sentAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.topic(), n.recipients(), n.subject(), n.body(), n.status().name(),
                    n.attempts(), n.lastError(), n.createdAt(), n.nextAttemptAt(), n.sentAt());
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    MailDelivery delivery;

    @Inject
    Partners partners;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<NotificationView> list(@QueryParam("partner") String partner) {
        List<Notification> found = partner == null ? outbox.undelivered(500)
                : outbox.of(partners.existing(partner).id());
        return found.stream().map(NotificationView::of).toList();
    }

    @POST
    @Path("/delivery")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject deliverNow() {
        int due = outbox.retryUndelivered();
        int sent = delivery.deliverDue();
        return Json.createObjectBuilder().add("undelivered", due).add("sent", sent).build();
    }
}
