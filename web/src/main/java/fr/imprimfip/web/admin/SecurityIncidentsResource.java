package fr.imprimfip.web.admin;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.incident.IncidentPhase;
import fr.imprimfip.incident.IncidentRegister;
import fr.imprimfip.incident.IncidentStep;
import fr.imprimfip.incident.SecurityIncident;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.security.StaffMember;
import fr.imprimfip.web.admin.requests.BreachNotificationRequest;
import fr.imprimfip.web.admin.requests.ClosureRequest;
import fr.imprimfip.web.admin.requests.IncidentPhaseRequest;
import fr.imprimfip.web.admin.requests.IncidentRequest;
import fr.imprimfip.web.requests.RequestFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The register of security incidents for administrators: open one (isolating the partners concerned if need be),
 * move it through its phases, record the notification of a personal-data breach, close it on a verification note,
 * and list them for the periodic review, each breach with its 48-hour deadline.
 */
@Path("/admin/security-incidents")
@RequestScoped
public class SecurityIncidentsResource {

    /** An incident as administrators read it. */
    public record IncidentView(String reference, String summary, String phase, Instant detectedAt, Instant openedAt,
                               List<String> partners, boolean personalDataBreach, Instant breachNotificationDue,
                               Instant breachNotifiedAt, boolean breachNotificationOverdue, String verificationNote,
                               Instant closedAt, List<StepView> steps) {
    }

    /** One step of an incident's handling. */
    public record StepView(Instant at, String phase, String note, String by) {
        static StepView of(IncidentStep step) {
            return new StepView(step.at(), step.phase().name(), step.note(), step.recordedBy());
        }
    }

    @Inject
    IncidentRegister register;

    @Inject
    StaffMember staff;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response open(@Valid @NotNull(message = IncidentRequest.SHAPE) IncidentRequest body) {
        SecurityIncident incident = register.open(body.summary(),
                RequestFields.instant(body.detectedAt(), "detectedAt"), body.personalDataBreach(), body.partners(),
                body.isolate(), staff.name());
        AuditNotes.target(request, incident.reference());
        return Response.created(URI.create("/admin/security-incidents/" + incident.reference()))
                .entity(view(incident)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<IncidentView> review(@QueryParam("open") boolean openOnly) {
        return register.forReview(openOnly).stream().map(this::view).toList();
    }

    @GET
    @Path("/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public IncidentView incident(@PathParam("reference") String reference) {
        return view(register.byReference(reference));
    }

    /** {@code {"phase": "INVESTIGATION", "note": "..."}}. */
    @POST
    @Path("/{reference}/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public IncidentView enter(@PathParam("reference") String reference,
                              @Valid @NotNull(message = IncidentPhaseRequest.SHAPE) IncidentPhaseRequest body) {
        AuditNotes.target(request, reference);
        // any phase is read: the register, not the request, refuses a phase that goes back (409)
        IncidentPhase phase = RequestFields.enumValue(IncidentPhase.class, body.phase(), "phase");
        return view(register.enter(reference, phase, body.note(), staff.name()));
    }

    /** {@code {"notifiedAt": "..."}}: the breach was notified to the supervisory authority. */
    @POST
    @Path("/{reference}/breach-notification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public IncidentView breachNotified(@PathParam("reference") String reference, @Valid
            @NotNull(message = BreachNotificationRequest.SHAPE) BreachNotificationRequest body) {
        AuditNotes.target(request, reference);
        return view(register.recordBreachNotification(reference, RequestFields.instant(body.notifiedAt(), "notifiedAt"),
                staff.name()));
    }

    /** {@code {"verificationNote": "..."}}. */
    @POST
    @Path("/{reference}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public IncidentView close(@PathParam("reference") String reference, ClosureRequest body) {
        AuditNotes.target(request, reference);
        return view(register.close(reference, body == null ? null : body.verificationNote(), staff.name()));
    }

    private IncidentView view(SecurityIncident incident) {
        return new IncidentView(incident.reference(), incident.summary(), incident.phase().name(),
                incident.detectedAt(), incident.openedAt(), register.concernedClientIds(incident),
                incident.personalDataBreach(), incident.breachNotificationDue().orElse(null),
                incident.breachNotifiedAt(), incident.breachNotificationOverdue(clock.instant()),
                incident.verificationNote(), incident.closedAt(),
                incident.steps().stream().map(StepView::of).toList());
    }
}
