package fr.imprimfip.access;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Reads the announced maintenance windows at start and every 10 s on each node, so that a window announced through
 * another node closes this one's doors too. The doors themselves ask {@link MaintenanceSchedule}, in memory. Every
 * 10 s too, the reminders due the day before a window are sent (each once, whatever node takes it).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MaintenanceRefresh {

    private static final Logger LOG = Logger.getLogger(MaintenanceRefresh.class.getName());

    @Inject
    MaintenanceSchedule schedule;

    @EJB
    MaintenanceWindows windows;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "maintenance windows")
    void refresh() {
        schedule.refresh();
        try {
            int sent = windows.remindDue();
            if (sent > 0) {
                LOG.info(() -> "Maintenance reminders sent to partners: " + sent);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot send the maintenance reminders now; next try in 10 s", e);
        }
    }
}
