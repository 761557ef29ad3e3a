package fr.imprimfip.access;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Reads the announced maintenance windows at start and every 10 s on each node, so that a window announced through
 * another node closes this one's doors too. The doors themselves ask {@link MaintenanceSchedule}, in memory.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MaintenanceRefresh {

    @Inject
    MaintenanceSchedule schedule;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "maintenance windows")
    void refresh() {
        schedule.refresh();
    }
}
