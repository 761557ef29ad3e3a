package fr.imprimfip.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Administrators announce and cancel maintenance windows. */
@Stateless
public class MaintenanceWindows {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MaintenanceSchedule schedule;

    public MaintenanceWindow announce(Instant startsAt, Instant endsAt, String reason, String by) {
        MaintenanceWindow window = MaintenanceWindow.announce(startsAt, endsAt, reason, by, clock.instant());
        em.persist(window);
        em.flush();
        schedule.reload();
        return window;
    }

    public MaintenanceWindow cancel(long id) {
        MaintenanceWindow window = em.find(MaintenanceWindow.class, id);
        if (window == null) {
            throw new MaintenanceWindowNotFoundException();
        }
        window.cancel(clock.instant());
        em.flush();
        schedule.reload();
        return window;
    }

    /** Windows not over yet, cancelled ones included, soonest first. */
    public List<MaintenanceWindow> upcoming() {
        return em.createQuery("select w from MaintenanceWindow w where w.endsAt > :now order by w.startsAt",
                        MaintenanceWindow.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }
}
