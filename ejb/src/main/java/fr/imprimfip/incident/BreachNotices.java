package fr.imprimfip.incident;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.notification.NotificationAttachment.Attachment;
import fr.imprimfip.notification.NotificationDelivered;
import fr.imprimfip.notification.Outbox;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerInformed;
import fr.imprimfip.partner.Partners;

/**
 * The notices of personal-data breaches to the partners concerned (annex clause 10): each stage written with the
 * scope the platform's data gives, rendered as a PDF and e-mailed with it to the partner's data controller and DPO;
 * the time its e-mail left recorded against the 48-hour deadline; and, for the partner's own communication to the
 * people concerned (10.2), the letters of the period concerned.
 */
@Stateless
public class BreachNotices {

    /** The most letters one list of affected letters holds. */
    public static final int MAX_LETTERS = 200_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneId.of("Europe/Paris"));

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private IncidentRegister register;

    @Inject
    private Partners partners;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    /** Who answers the partner's questions: the platform's DPO, as the register of processing names it. */
    @Inject
    @ConfigProperty(name = "imprimfip.register.processor-dpo", defaultValue = "Délégué à la protection des données"
            + " de la DGFiP (coordonnées à renseigner : imprimfip.register.processor-dpo)")
    String contactPoint;

    /**
     * Writes and sends the next stage of the notice of incident {@code reference} to partner {@code clientId},
     * about the letters it deposited from {@code from} (included) to {@code to} (excluded).
     */
    public BreachNotice notify(String reference, String clientId, BreachNoticeText text, Instant from, Instant to,
                               String by) {
        SecurityIncident incident = register.byReference(reference);
        Partner partner = partners.existing(clientId);
        BreachNotice notice = incident.notifyBreach(partner.id(), partner.clientId(), text,
                scope(partner.id(), from, to), contactPoint, clock.instant(), by);
        em.flush();
        Attachment pdf = new Attachment(notice.fileName(), "application/pdf",
                BreachNoticePdf.render(notice, partner.name(), partner.clientId()));
        long notification = outbox.queue(new PartnerInformed(partner.id(), PartnerInformed.Topic.PERSONAL_DATA_BREACH,
                        "Notification de violation de données personnelles " + incident.reference() + " (étape "
                                + notice.stage() + ")", mailText(notice)), List.of(pdf))
                .orElseThrow(() -> new IncidentRefusedException("Le partenaire " + partner.clientId() + " n'a déclaré"
                        + " ni responsable de traitement ni délégué à la protection des données : complétez ses"
                        + " contacts avant de le notifier.",
                        "The partner " + partner.clientId() + " declared no data controller nor DPO: complete its"
                        + " contacts before notifying it."));
        notice.queuedAs(notification);
        return notice;
    }

    /** What the platform's data tells of the partner's deposits from {@code from} to {@code to}. */
    public BreachScope scope(long partnerId, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            return new BreachScope(from, to, 0, 0, 0);     // refused by the scope itself
        }
        long files = em.createQuery("select count(d) from Deposit d where d.partner.id = :partner"
                        + " and d.receivedAt >= :from and d.receivedAt < :to", Long.class)
                .setParameter("partner", partnerId).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        Object[] letters = em.createQuery("select count(doc), count(distinct doc.businessRef) from DepositedDocument"
                        + " doc join doc.deposit d where d.partner.id = :partner and d.receivedAt >= :from"
                        + " and d.receivedAt < :to", Object[].class)
                .setParameter("partner", partnerId).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return new BreachScope(from, to, files, ((Number) letters[0]).longValue(), ((Number) letters[1]).longValue());
    }

    /** The e-mail of a notice stage was sent: the deadline is measured to that moment. */
    public void sent(@Observes NotificationDelivered delivered) {
        em.createQuery("select n from BreachNotice n where n.notificationId = :id", BreachNotice.class)
                .setParameter("id", delivered.notificationId()).getResultList()
                .forEach(notice -> notice.sent(delivered.sentAt()));
    }

    /** The PDF of stage {@code stage} of the notice of incident {@code reference} to partner {@code clientId}. */
    public byte[] pdf(String reference, String clientId, int stage) {
        Partner partner = partners.existing(clientId);
        BreachNotice notice = register.byReference(reference).noticesTo(partner.id()).stream()
                .filter(n -> n.stage() == stage).findFirst()
                .orElseThrow(() -> new IncidentNotFoundException(reference + "/" + clientId + "/" + stage));
        return BreachNoticePdf.render(notice, partner.name(), partner.clientId());
    }

    /**
     * The letters partner {@code clientId} deposited in the period of the last stage of its notice, as CSV (UTF-8,
     * semicolons): the file's technical reference, the letter's business reference, when it was deposited, the
     * environment, the sending type, its status and its registered number if any. For the partner to tell the people
     * concerned (annex clause 10.2); {@value #MAX_LETTERS} letters at most.
     */
    public byte[] affectedLetters(String reference, String clientId) {
        Partner partner = partners.existing(clientId);
        List<BreachNotice> stages = register.byReference(reference).noticesTo(partner.id());
        if (stages.isEmpty()) {
            throw new IncidentRefusedException("Le partenaire " + clientId + " n'a pas encore été notifié de cette"
                    + " violation.", "The partner " + clientId + " has not been notified of this breach yet.");
        }
        BreachScope scope = stages.get(stages.size() - 1).scope();
        List<Object[]> rows = em.createQuery("select d.reference.value, doc.businessRef, d.receivedAt, d.environment,"
                        + " d.sendingType, doc.status, doc.registeredNumber from DepositedDocument doc join doc.deposit"
                        + " d where d.partner.id = :partner and d.receivedAt >= :from and d.receivedAt < :to"
                        + " order by d.receivedAt, d.id, doc.position", Object[].class)
                .setParameter("partner", partner.id()).setParameter("from", scope.from())
                .setParameter("to", scope.to()).setMaxResults(MAX_LETTERS).getResultList();
        StringBuilder csv = new StringBuilder("reference_technique;reference_metier;depose_le;environnement;"
                + "type_envoi;statut;numero_recommande\r\n");
        for (Object[] row : rows) {
            csv.append(cell(row[0])).append(';').append(cell(row[1])).append(';')
                    .append(CSV_TIME.format((Instant) row[2])).append(';').append(cell(row[3])).append(';')
                    .append(cell(row[4])).append(';').append(cell(row[5])).append(';').append(cell(row[6]))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV cell: quoted when it must be, and never read as a formula by a spreadsheet. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("[^;\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String mailText(BreachNotice notice) {
        SecurityIncident incident = notice.incident();
        BreachScope scope = notice.scope();
        return "En application de la clause 10.1 de l'annexe de protection des données de la convention, le service"
                + " Imprim'FIP, sous-traitant, vous notifie une violation de données à caractère personnel (incident "
                + incident.reference() + ", constatée le " + CSV_TIME.format(incident.detectedAt()) + ").\n\n"
                + "Étape " + notice.stage() + (notice.finalStage() ? " (dernière étape)" : " : d'autres informations"
                + " suivront") + ".\n"
                + "Nature : " + notice.text().nature() + "\n"
                + "Période concernée : " + CSV_TIME.format(scope.from()) + " au " + CSV_TIME.format(scope.to()) + "\n"
                + "Plis concernés : " + scope.letters() + " (" + scope.recipients() + " destinataires distincts, "
                + scope.files() + " fichiers)\n"
                + "Contact : " + notice.contactPoint() + "\n\n"
                + "La notification complète est jointe (PDF). Sur votre demande, la liste des plis et des destinataires"
                + " concernés vous est remise pour votre communication aux personnes concernées (clause 10.2).";
    }
}
