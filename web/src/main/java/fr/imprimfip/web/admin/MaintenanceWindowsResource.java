package fr.imprimfip.web.admin;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.access.MaintenanceKind;
import fr.imprimfip.access.MaintenanceUrgency;
import fr.imprimfip.access.MaintenanceWindow;
import fr.imprimfip.access.MaintenanceWindows;
import fr.imprimfip.web.security.StaffMember;
import fr.imprimfip.web.admin.requests.MaintenanceWindowRequest;
import fr.imprimfip.web.requests.RequestFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Administrators announce a maintenance window or a change of the service ({@code {"startsAt": "...", "endsAt":
 * "...", "reason": "...", "kind": "CHANGE", "urgency": "URGENT", "shortNoticeJustification": "..."}}), list the
 * coming ones and cancel one. Partner calls are refused with 503 while a window is open. A notice shorter than the
 * urgency's (14 working days nominal, 7 urgent) is refused with 422 {@code notice-too-short} unless justified.
 */
@Path("/admin/maintenance-windows")
@RequestScoped
public class MaintenanceWindowsResource {

    /** A window as administrators read it. */
    public record WindowView(long id, Instant startsAt, Instant endsAt, String reason, String announcedBy,
                             Instant cancelledAt, String kind, String urgency, Instant announcedAt,
                             String shortNoticeJustification, Instant reminderDueAt, Instant reminderSentAt) {
        static WindowView of(MaintenanceWindow window) {
            return new WindowView(window.id(), window.startsAt(), window.endsAt(), window.reason(),
                    window.announcedBy(), window.cancelledAt(), window.kind().name(), window.urgency().name(),
                    window.announcedAt(), window.shortNoticeJustification(), window.reminderDueAt(),
                    window.reminderSentAt());
        }
    }

    @Inject
    MaintenanceWindows windows;

    @Inject
    StaffMember staff;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<WindowView> upcoming() {
        return windows.upcoming().stream().map(WindowView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response announce(@Valid @NotNull(message = MaintenanceWindowRequest.SHAPE) MaintenanceWindowRequest body) {
        MaintenanceWindow window = windows.announce(new MaintenanceWindows.Announcement(
                RequestFields.instant(body.startsAt(), "startsAt"), RequestFields.instant(body.endsAt(), "endsAt"),
                body.reason(),
                body.kind() == null ? null : RequestFields.enumValue(MaintenanceKind.class, body.kind(), "kind"),
                body.urgency() == null ? null
                        : RequestFields.enumValue(MaintenanceUrgency.class, body.urgency(), "urgency"),
                body.shortNoticeJustification()), staff.name());
        return Response.created(URI.create("/admin/maintenance-windows/" + window.id()))
                .entity(WindowView.of(window)).build();
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public WindowView cancel(@PathParam("id") long id) {
        return WindowView.of(windows.cancel(id));
    }
}
