package fr.imprimfip.web.v2;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.access.MaintenanceWindow;
import fr.imprimfip.access.MaintenanceWindows;
import fr.imprimfip.web.security.CallingPartner;

/**
 * The maintenance windows and changes of the service announced and not over yet, soonest first, as every partner
 * reads them (cancelled ones stay listed with when they were cancelled): during a window, partner calls are
 * answered 503 with Retry-After.
 */
@Path("/api/v2/maintenance-windows")
@RequestScoped
public class MaintenanceWindowsV2Resource {

    /** A window as partners read it: what, when, how urgent, and whether it was cancelled. */
    public record MaintenanceWindowView(long id, String kind, String urgency, Instant startsAt, Instant endsAt,
                                        String reason, Instant announcedAt, Instant cancelledAt) {
        static MaintenanceWindowView of(MaintenanceWindow window) {
            return new MaintenanceWindowView(window.id(), window.kind().name(), window.urgency().name(),
                    window.startsAt(), window.endsAt(), window.reason(), window.announcedAt(), window.cancelledAt());
        }
    }

    @Inject
    CallingPartner caller;

    @Inject
    MaintenanceWindows windows;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<MaintenanceWindowView> upcoming() {
        caller.id();    // a registered partner's call, like every other of the native API
        return windows.upcoming().stream().map(MaintenanceWindowView::of).toList();
    }
}
