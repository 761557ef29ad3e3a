package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.notification.MailDelivery;
import fr.imprimfip.notification.Notification;
import fr.imprimfip.notification.NotificationStatus;
import fr.imprimfip.notification.Outbox;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.Partners;

/**
 * The e-mail outbox, as the notifications API reads it: the notifications not delivered yet (pending or given up),
 * oldest first, or every notification of one partner, most recent first; each one's text can be read. "Remettre
 * maintenant" makes every undelivered notification due again and sends what is due, as the API's delivery does.
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The outbox's list of undelivered notifications stops there, as the API's does. */
    static final int UNDELIVERED_SHOWN = 500;

    /** A notification's line. */
    public record NotificationRow(long id, String partner, String topic, String recipients, String subject,
                                  String body, Badge status, int attempts, String lastError, String createdAt,
                                  String nextAttemptAt, String sentAt) implements Serializable {

        static NotificationRow of(Notification n, String partner) {
            return new NotificationRow(n.id(), partner, n.topic(), String.join(", ", n.recipients()), n.subject(),
                    n.body(), badge(n.status()), n.attempts(), n.lastError() == null ? "" : n.lastError(),
                    FrenchFormats.instant(n.createdAt()),
                    n.status() == NotificationStatus.PENDING ? FrenchFormats.instant(n.nextAttemptAt()) : "",
                    FrenchFormats.instant(n.sentAt()));
        }
    }

    /** A partner to filter on. */
    public record PartnerChoice(String clientId, String label) implements Serializable {
    }

    @EJB(lookup = PlatformServices.OUTBOX)
    Outbox outbox;

    @EJB(lookup = PlatformServices.MAIL_DELIVERY)
    MailDelivery delivery;

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    @Inject
    StaffActions actions;

    private List<PartnerChoice> choices;
    private Map<Long, String> clientIds;
    private String partner;
    private String shownPartner;
    private List<NotificationRow> rows;

    @PostConstruct
    void open() {
        List<Partner> all = partners.all();
        clientIds = all.stream().collect(Collectors.toMap(Partner::id, Partner::clientId));
        choices = all.stream().sorted(Comparator.comparing(Partner::name, String.CASE_INSENSITIVE_ORDER))
                .map(p -> new PartnerChoice(p.clientId(), p.name() + " (" + p.clientId() + ")")).toList();
        read();
    }

    /** The notifications of the chosen partner, or the undelivered ones of all (the API's two lists). */
    private void read() {
        List<Notification> found = partner == null || partner.isBlank() ? outbox.undelivered(UNDELIVERED_SHOWN)
                : outbox.of(partners.existing(partner).id());
        shownPartner = partner == null || partner.isBlank() ? null : partner;
        rows = found.stream().map(n -> NotificationRow.of(n, n.partnerId() == null ? "personnel de la plateforme"
                : clientIds.getOrDefault(n.partnerId(), "partenaire n° " + n.partnerId()))).toList();
    }

    public void filter() {
        read();
    }

    /** Every undelivered notification due again, and what is due sent now; audited. */
    public void deliverNow() {
        actions.perform("notifications.remettre", "notifications non remises",
                () -> new int[] {outbox.retryUndelivered(), delivery.deliverDue()},
                counts -> "notifications non remises", counts -> delivered(counts[0], counts[1]));
        read();
    }

    /** What a delivery did, in words. */
    static String delivered(int due, int sent) {
        if (due == 0 && sent == 0) {
            return "Aucune notification n'était à remettre.";
        }
        return due + " notification(s) non remise(s) remise(s) en file ; " + sent + " envoyée(s) maintenant"
                + (sent < due ? " ; les autres restent en attente d'une nouvelle tentative." : ".");
    }

    static Badge badge(NotificationStatus status) {
        return switch (status) {
            case PENDING -> new Badge("En attente", "fr-badge--info");
            case SENT -> new Badge("Remise", "fr-badge--success");
            case ABANDONED -> new Badge("Abandonnée", "fr-badge--error");
        };
    }

    public List<NotificationRow> getRows() {
        return rows;
    }

    public List<PartnerChoice> getPartners() {
        return choices;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    /** The partner whose notifications are shown, or null for the undelivered ones of all. */
    public String getShownPartner() {
        return shownPartner;
    }

    /** The table's caption: which list it is and how many lines. */
    public String getCaption() {
        return caption(shownPartner, rows.size());
    }

    static String caption(String partner, int lines) {
        if (partner == null) {
            return "Notifications non remises, les plus anciennes d'abord (" + lines
                    + (lines >= UNDELIVERED_SHOWN ? " premières)" : ")");
        }
        return "Notifications de " + partner + ", les plus récentes d'abord (" + lines + ")";
    }
}
