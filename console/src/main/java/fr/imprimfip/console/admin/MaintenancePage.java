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

import fr.imprimfip.access.MaintenanceWindow;
import fr.imprimfip.access.MaintenanceWindows;
import fr.imprimfip.console.Confirmation;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.ParisTime;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.console.security.StaffMember;

/**
 * Maintenance windows: the coming ones, as the API lists them, a form announcing one and the cancellation of one
 * (confirmed). Partner calls are refused while a window is open; the windows' own rules are the platform's.
 */
@Named
@ViewScoped
public class MaintenancePage implements Serializable {

    /** A window's line. */
    public record WindowRow(long id, String startsAt, String endsAt, String reason, String announcedBy,
                            String cancelledAt) implements Serializable {

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
    private Long cancelling;

    @PostConstruct
    void read() {
        rows = windows.upcoming().stream().map(window -> new WindowRow(window.id(),
                FrenchFormats.instant(window.startsAt()), FrenchFormats.instant(window.endsAt()), window.reason(),
                window.announcedBy(), FrenchFormats.instant(window.cancelledAt()))).toList();
        if (startsAt == null) {
            Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            startsAt = ParisTime.field(tomorrow);
            endsAt = ParisTime.field(tomorrow.plus(2, ChronoUnit.HOURS));
        }
    }

    public void announce() {
        MaintenanceWindow announced = actions.perform("maintenance.annoncer", "nouvelle fenêtre",
                () -> windows.announce(ParisTime.parse(startsAt, "Début"), ParisTime.parse(endsAt, "Fin"), reason,
                        staff.name()),
                window -> "fenetre-" + window.id(),
                window -> "Fenêtre de maintenance annoncée du " + FrenchFormats.instant(window.startsAt()) + " au "
                        + FrenchFormats.instant(window.endsAt()) + ".");
        if (announced != null) {
            reason = null;
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
}
