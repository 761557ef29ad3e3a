package fr.imprimfip.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.imprimfip.audit.AuditRecord;
import fr.imprimfip.audit.AuditTrail;
import fr.imprimfip.audit.LogCorrelation;
import fr.imprimfip.partner.PartnerInformed;
import fr.imprimfip.partner.PartnerStatus;

/**
 * Administrators announce and cancel maintenance windows (and changes of the service), in writing and in time: every
 * partner whose convention is not over is told at once (its technical contacts by e-mail, its webhooks by a
 * {@code maintenance.notice} event), reminded 24 hours before the window starts, and told if it is cancelled. A
 * notice shorter than the urgency's is refused unless the administrator justifies it; the justification is kept with
 * the window and in the audit trail.
 */
@Stateless
public class MaintenanceWindows {

    /** The audit operation of a window announced with a notice shorter than its urgency's. */
    public static final String SHORT_NOTICE_OPERATION = "maintenance.preavis-reduit";

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MaintenanceSchedule schedule;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<PartnerInformed> partnersInformed;

    @Inject
    private Event<MaintenanceNotice> notices;

    /** What an administrator announces. {@code kind} and {@code urgency} default to a nominal maintenance. */
    public record Announcement(Instant startsAt, Instant endsAt, String reason, MaintenanceKind kind,
                               MaintenanceUrgency urgency, String shortNoticeJustification) {
    }

    public MaintenanceWindow announce(Announcement announcement, String by) {
        Instant now = clock.instant();
        MaintenanceWindow window = MaintenanceWindow.announce(announcement.startsAt(), announcement.endsAt(),
                announcement.reason(), announcement.kind(), announcement.urgency(),
                announcement.shortNoticeJustification(), by, now);
        em.persist(window);
        em.flush();
        if (window.shortNoticeJustification() != null) {
            audit.record(new AuditRecord(now, AuditRecord.ActorKind.STAFF, by, null, null, LogCorrelation.current(),
                    SHORT_NOTICE_OPERATION, "fenetre-" + window.id(), AuditRecord.Outcome.SUCCESS, null,
                    "préavis " + window.urgency().label() + " de " + window.urgency().noticeWorkingDays()
                            + " jours ouvrés réduit : " + window.shortNoticeJustification(), null));
        }
        tellPartners(MaintenanceNotice.of(MaintenanceNotice.Stage.ANNOUNCED, window, now));
        schedule.reload();
        return window;
    }

    public MaintenanceWindow cancel(long id) {
        MaintenanceWindow window = em.find(MaintenanceWindow.class, id);
        if (window == null) {
            throw new MaintenanceWindowNotFoundException();
        }
        Instant now = clock.instant();
        if (window.cancel(now) && window.endsAt().isAfter(now)) {
            tellPartners(MaintenanceNotice.of(MaintenanceNotice.Stage.CANCELLED, window, now));
        }
        em.flush();
        schedule.reload();
        return window;
    }

    /**
     * Sends the reminders due now, each once whatever the number of nodes (the window's row is locked while it is
     * taken); how many were sent.
     */
    public int remindDue() {
        Instant now = clock.instant();
        List<Long> due = em.createQuery("select w.id from MaintenanceWindow w where w.reminderDueAt <= :now"
                        + " and w.reminderSentAt is null and w.cancelledAt is null and w.startsAt > :now", Long.class)
                .setParameter("now", now).setMaxResults(50).getResultList();
        int sent = 0;
        for (Long id : due) {
            int taken = em.createQuery("update MaintenanceWindow w set w.reminderSentAt = :now where w.id = :id"
                            + " and w.reminderSentAt is null")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            if (taken == 1) {
                MaintenanceWindow window = em.find(MaintenanceWindow.class, id);
                em.refresh(window);
                tellPartners(MaintenanceNotice.of(MaintenanceNotice.Stage.REMINDER, window, now));
                sent++;
            }
        }
        return sent;
    }

    /** Windows not over yet, cancelled ones included, soonest first. */
    public List<MaintenanceWindow> upcoming() {
        return em.createQuery("select w from MaintenanceWindow w where w.endsAt > :now order by w.startsAt",
                        MaintenanceWindow.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** Every partner whose convention is not over: its technical contacts by e-mail, its webhooks by an event. */
    private void tellPartners(MaintenanceNotice notice) {
        MaintenanceNoticeText text = MaintenanceNoticeText.of(notice);
        List<Long> partners = em.createQuery("select p.id from Partner p where p.status <> :terminated order by p.id",
                        Long.class)
                .setParameter("terminated", PartnerStatus.TERMINATED).getResultList();
        for (Long partner : partners) {
            partnersInformed.fire(new PartnerInformed(partner, PartnerInformed.Topic.MAINTENANCE, text.subject(),
                    text.text()));
        }
        notices.fire(notice);
    }
}
