package fr.imprimfip.web.admin;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

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
import fr.imprimfip.web.requests.RequestFields;

/**
 * The e-mail notifications: those of one partner ({@code ?partner=}) or of one topic ({@code ?topic=}, an operations
 * alert's kind, say), most recent first, or those not delivered yet, oldest first; {@code POST /delivery} makes every
 * undelivered one due and sends them now (after the relay came back, say).
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

    private static final int LISTED = 500;
    private static final Pattern TOPIC = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    @Inject
    Outbox outbox;

    @Inject
    MailDelivery delivery;

    @Inject
    Partners partners;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<NotificationView> list(@QueryParam("partner") String partner, @QueryParam("topic") String topic) {
        if (partner != null && topic != null) {
            throw RequestFields.invalid("Choisissez un partenaire ou un thème, pas les deux.",
                    "Choose a partner or a topic, not both.");
        }
        List<Notification> found;
        if (partner != null) {
            found = outbox.of(partners.existing(partner).id());
        } else if (topic != null) {
            found = outbox.ofTopic(topic(topic), LISTED);
        } else {
            found = outbox.undelivered(LISTED);
        }
        return found.stream().map(NotificationView::of).toList();
    }

    private static String topic(String value) {
        if (!TOPIC.matcher(value).matches()) {
            throw RequestFields.invalid("Le paramètre topic est un thème en capitales, chiffres et soulignés (30"
                    + " caractères au plus), par exemple LOT_NOT_COMPOSED.", "topic is a theme in capitals, digits and"
                    + " underscores (at most 30 characters), LOT_NOT_COMPOSED for instance.");
        }
        return value;
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
