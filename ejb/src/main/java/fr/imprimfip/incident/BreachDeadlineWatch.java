package fr.imprimfip.incident;

import java.time.Clock;
import java.time.Instant;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import fr.imprimfip.notification.OperationsAlerts;

/**
 * Every ten minutes, alerts the administrators on call (once per incident) when a partner concerned by a breach was
 * not sent its notice within the 48 hours.
 */
@Singleton
public class BreachDeadlineWatch {

    @Inject
    private IncidentRegister register;

    @Inject
    private OperationsAlerts alerts;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void everyTenMinutes() {
        alertOverdue();
    }

    /** Raises the alert of every incident newly overdue; how many. */
    public int alertOverdue() {
        Instant now = clock.instant();
        int raised = 0;
        for (SecurityIncident incident : register.forReview(true)) {
            if (incident.overdueAlertDue(now)) {
                alerts.raise("BREACH_NOTICE_OVERDUE", "Notification de violation en retard : " + incident.reference(),
                        "La violation de données " + incident.reference() + " n'a pas été notifiée à chaque"
                                + " partenaire concerné dans les 48 heures (échéance "
                                + incident.breachNotificationDue().orElseThrow() + ").");
                raised++;
            }
        }
        return raised;
    }
}
