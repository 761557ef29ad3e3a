package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.access.MaintenanceKind;
import fr.imprimfip.access.MaintenanceUrgency;
import fr.imprimfip.access.MaintenanceWindow;
import fr.imprimfip.access.MaintenanceWindows;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.console.Confirmation;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.ParisTime;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.console.security.StaffMember;

/**
 * Maintenance windows: the coming ones, as the API lists them, a form announcing one (maintenance or change, nominal
 * or urgent, with the justification of a shorter notice) and the cancellation of one (confirmed). The form proposes
 * the first night a nominal notice allows. Partner calls are refused while a window is open; the windows' own rules
 * (notice, e-mails, reminders) are the platform's.
 */
@Named
@ViewScoped
public class MaintenancePage implements Serializable {

    /** A window's line. */
    public record WindowRow(long id, String startsAt, String endsAt, String reason, String announcedBy,
                            String cancelledAt, String nature, String shortNotice, String reminder)
            implements Serializable {

        /** A cancelled window stays listed, as the API lists it, with when it was cancelled. */
        public boolean cancelled() {
            return !cancelledAt.isEmpty();
        }
    }

    @EJB(lookup = PlatformServices.MAINTENANCE)
    MaintenanceWindows windows;

    @Inject
    StaffActions actions;

    @Inject
    StaffMember staff;

    private final Confirmation confirmation = new Confirmation();
    private List<WindowRow> rows;
    private String startsAt;
    private String endsAt;
    private String reason;
    private String kind = MaintenanceKind.MAINTENANCE.name();
    private String urgency = MaintenanceUrgency.NOMINAL.name();
    private String justification;
    private Long cancelling;

    @PostConstruct
    void read() {
        rows = windows.upcoming().stream().map(window -> new WindowRow(window.id(),
                FrenchFormats.instant(window.startsAt()), FrenchFormats.instant(window.endsAt()), window.reason(),
                window.announcedBy(), FrenchFormats.instant(window.cancelledAt()),
                window.kind().label() + " " + window.urgency().label(),
                window.shortNoticeJustification() == null ? "" : window.shortNoticeJustification(),
                window.reminderSentAt() != null ? "envoyé le " + FrenchFormats.instant(window.reminderSentAt())
                        : window.reminderDueAt() != null ? "prévu le " + FrenchFormats.instant(window.reminderDueAt())
                        : "sans objet")).toList();
        if (startsAt == null) {
            Instant firstNight = MaintenanceUrgency.NOMINAL.earliestStartDay(Instant.now()).atTime(23, 0)
                    .atZone(BusinessCalendar.PARIS).toInstant();
            startsAt = ParisTime.field(firstNight);
            endsAt = ParisTime.field(firstNight.plus(2, ChronoUnit.HOURS));
        }
    }

    public void announce() {
        MaintenanceWindow announced = actions.perform("maintenance.annoncer", "nouvelle fenêtre",
                () -> windows.announce(new MaintenanceWindows.Announcement(ParisTime.parse(startsAt, "Début"),
                        ParisTime.parse(endsAt, "Fin"), reason, MaintenanceKind.valueOf(kind),
                        MaintenanceUrgency.valueOf(urgency), justification), staff.name()),
                window -> "fenetre-" + window.id(),
                window -> "Fenêtre de maintenance annoncée du " + FrenchFormats.instant(window.startsAt()) + " au "
                        + FrenchFormats.instant(window.endsAt()) + ".");
        if (announced != null) {
            reason = null;
            justification = null;
            startsAt = null;
            read();
        }
    }

    public void askCancel(long id) {
        cancelling = id;
        confirmation.ask("annuler-" + id);
    }

    public void cancelWindow() {
        if (cancelling != null && confirmation.confirm("annuler-" + cancelling)) {
            long id = cancelling;
            actions.perform("maintenance.annuler", "fenetre-" + id, () -> windows.cancel(id),
                    "La fenêtre de maintenance est annulée.");
            read();
        }
        cancelling = null;
    }

    public void keep() {
        confirmation.cancel();
        cancelling = null;
    }

    public boolean isAsked(long id) {
        return confirmation.isAsked("annuler-" + id);
    }

    public List<WindowRow> getRows() {
        return rows;
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getKind() {
        return kind;
    }

    /** Kept when it names a kind: the select offers only those. */
    public void setKind(String kind) {
        if (kind != null && java.util.Arrays.stream(MaintenanceKind.values()).anyMatch(k -> k.name().equals(kind))) {
            this.kind = kind;
        }
    }

    public String getUrgency() {
        return urgency;
    }

    /** Kept when it names an urgency: the select offers only those. */
    public void setUrgency(String urgency) {
        if (urgency != null && java.util.Arrays.stream(MaintenanceUrgency.values())
                .anyMatch(u -> u.name().equals(urgency))) {
            this.urgency = urgency;
        }
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
