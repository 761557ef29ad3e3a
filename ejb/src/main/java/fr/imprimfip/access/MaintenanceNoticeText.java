package fr.imprimfip.access;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.imprimfip.shared.BusinessCalendar;

/** The e-mail partners' technical contacts read about a window: its subject and plain text, in French. */
public record MaintenanceNoticeText(String subject, String text) {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern(
            "EEEE d MMMM yyyy 'à' HH:mm", Locale.FRENCH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);

    public static MaintenanceNoticeText of(MaintenanceNotice notice) {
        String what = notice.kind().label() + " " + notice.urgency().label();
        String when = "du " + SHORT.format(paris(notice.startsAt())) + " au " + SHORT.format(paris(notice.endsAt()));
        String subject = switch (notice.stage()) {
            case ANNOUNCED -> what + " programmée " + when;
            case REMINDER -> "Rappel : " + what.toLowerCase(Locale.FRENCH) + " demain, " + when;
            case CANCELLED -> "Annulation : " + what.toLowerCase(Locale.FRENCH) + " " + when;
        };
        String opening = switch (notice.stage()) {
            case ANNOUNCED -> "Nous vous informons qu'" + notice.kind().phrase() + " du service Imprim'FIP est"
                    + " programmée.";
            case REMINDER -> "Pour rappel, " + notice.kind().phrase() + " du service Imprim'FIP commence dans"
                    + " 24 heures.";
            case CANCELLED -> notice.kind().phrase().substring(0, 1).toUpperCase(Locale.FRENCH)
                    + notice.kind().phrase().substring(1) + " du service Imprim'FIP que nous vous avions annoncée"
                    + " est annulée : le service reste ouvert sur cette plage.";
        };
        StringBuilder text = new StringBuilder("Bonjour,\n\n").append(opening).append("\n\n")
                .append("- Début : ").append(DAY_AND_TIME.format(paris(notice.startsAt()))).append(" (heure de Paris)\n")
                .append("- Fin : ").append(DAY_AND_TIME.format(paris(notice.endsAt()))).append(" (heure de Paris)\n")
                .append("- Nature : ").append(notice.kind().label().toLowerCase(Locale.FRENCH)).append('\n')
                .append("- Urgence : ").append(notice.urgency().label()).append(" (préavis de ")
                .append(notice.urgency().noticeWorkingDays()).append(" jours ouvrés)\n")
                .append("- Objet : ").append(notice.reason()).append("\n\n");
        if (notice.stage() != MaintenanceNotice.Stage.CANCELLED) {
            text.append("Pendant cette plage, les appels à l'API sont refusés (HTTP 503, en-tête Retry-After"
                    + " indiquant la fin de la plage) : planifiez vos dépôts en dehors. ");
        }
        text.append("Les fenêtres annoncées se consultent sur GET /api/v2/maintenance-windows et sont notifiées"
                + " par l'événement webhook maintenance.notice (référence ").append(notice.windowId()).append(").");
        return new MaintenanceNoticeText(subject, text.toString());
    }

    private static java.time.ZonedDateTime paris(Instant instant) {
        return instant.atZone(BusinessCalendar.PARIS);
    }
}
