package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.incident.IncidentPhase;
import fr.imprimfip.incident.SecurityIncident;

/**
 * A security incident as the incidents' pages show it. A personal-data breach not yet notified to every partner
 * concerned carries its 48-hour deadline's countdown; a notified one, when the last partner was sent its notice.
 */
public record IncidentRow(String reference, String summary, Badge phase, IncidentPhase phaseValue, String detectedAt,
                          String openedAt, String partners, boolean breach, Countdown countdown, String notifiedAt,
                          String due, String verificationNote) implements Serializable {

    static IncidentRow of(SecurityIncident incident, List<String> partners, Instant now) {
        Instant due = incident.breachNotificationDue().orElse(null);
        boolean counting = due != null && incident.breachNotifiedAt() == null && !partners.isEmpty();
        return new IncidentRow(incident.reference(), incident.summary(), AdminBadges.of(incident.phase()),
                incident.phase(), FrenchFormats.instant(incident.detectedAt()),
                FrenchFormats.instant(incident.openedAt()), partners.isEmpty() ? "aucun" : String.join(", ", partners),
                incident.personalDataBreach(), counting ? Countdown.of(due, now) : null,
                FrenchFormats.instant(incident.breachNotifiedAt()), FrenchFormats.instant(due),
                incident.verificationNote());
    }

    /** What the deadline column says when there is no countdown. */
    public String deadlineText() {
        if (!breach) {
            return "Sans objet (pas de violation de données)";
        }
        if ("aucun".equals(partners)) {
            return "Sans objet (aucun partenaire concerné)";
        }
        return "Notifiée à chaque partenaire concerné, le dernier le " + notifiedAt;
    }

    public boolean closed() {
        return phaseValue == IncidentPhase.CLOSED;
    }
}
