package fr.imprimfip.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the partner doors are in maintenance now, and until when: the recurring nightly window of the
 * configuration ({@code imprimfip.maintenance.recurring}, {@code 02:00-04:00} Paris time by default) or a window
 * an administrator announced. Asked on every partner call, it answers from memory: the announced windows are
 * read again every 10 seconds (so every node sees a new one within 10 s) and at once on the node that changed them.
 */
@ApplicationScoped
public class MaintenanceSchedule {

    private static final Logger LOG = Logger.getLogger(MaintenanceSchedule.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.maintenance.recurring", defaultValue = "02:00-04:00")
    String recurringWindow;

    private RecurringMaintenance recurring;
    private volatile List<Opening> announced = List.of();

    /** When an announced window is open. */
    private record Opening(Instant startsAt, Instant endsAt) {
        boolean covers(Instant instant) {
            return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
        }
    }

    @PostConstruct
    void start() {
        recurring = RecurringMaintenance.parse(recurringWindow);
        LOG.info(() -> "Recurring maintenance window (Paris time): " + recurring);
        refresh();
    }

    /** The end of the maintenance the doors are in at {@code now}, or empty when they are open. */
    public Optional<Instant> until(Instant now) {
        Optional<Instant> nightly = recurring.endIfInside(now);
        Optional<Instant> announcedEnd = announced.stream().filter(w -> w.covers(now))
                .map(Opening::endsAt).max(Instant::compareTo);
        if (nightly.isPresent() && announcedEnd.isPresent()) {
            return Optional.of(nightly.get().isAfter(announcedEnd.get()) ? nightly.get() : announcedEnd.get());
        }
        return nightly.isPresent() ? nightly : announcedEnd;
    }

    public Optional<Instant> untilNow() {
        return until(clock.instant());
    }

    /** Reads the announced windows again, keeping the last ones read when the database cannot tell. */
    public void refresh() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the maintenance windows; the last ones read stay in force", e);
        }
    }

    /** Reads the announced windows not over yet. */
    public void reload() {
        List<MaintenanceWindow> current = em.createQuery("select w from MaintenanceWindow w"
                        + " where w.endsAt > :now and w.cancelledAt is null order by w.startsAt", MaintenanceWindow.class)
                .setParameter("now", clock.instant())
                .getResultList();
        announced = current.stream().map(w -> new Opening(w.startsAt(), w.endsAt())).toList();
    }
}
