package fr.imprimfip.web.admin;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
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

import fr.imprimfip.incident.BreachNotice;
import fr.imprimfip.incident.BreachNoticeText;
import fr.imprimfip.incident.BreachNotices;
import fr.imprimfip.incident.BreachScope;
import fr.imprimfip.incident.IncidentPhase;
import fr.imprimfip.incident.IncidentRegister;
import fr.imprimfip.incident.IncidentStep;
import fr.imprimfip.incident.SecurityIncident;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.security.StaffMember;
import fr.imprimfip.web.admin.requests.BreachNoticeRequest;
import fr.imprimfip.web.admin.requests.ClosureRequest;
import fr.imprimfip.web.admin.requests.IncidentPhaseRequest;
import fr.imprimfip.web.admin.requests.IncidentRequest;
import fr.imprimfip.web.requests.RequestFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The register of security incidents for administrators: open one (isolating the partners concerned if need be),
 * move it through its phases, notify a personal-data breach to each partner concerned in stages (each sent by e-mail
 * with its PDF), give a partner the list of the letters concerned (CSV), close it on a verification note, and list
 * them for the periodic review, each breach with its 48-hour deadline per partner.
 */
@Path("/admin/security-incidents")
@RequestScoped
public class SecurityIncidentsResource {

    /** An incident as administrators read it. */
    public record IncidentView(String reference, String summary, String phase, Instant detectedAt, Instant openedAt,
                               List<String> partners, boolean personalDataBreach, Instant breachNotificationDue,
                               Instant breachNotifiedAt, boolean breachNotificationOverdue, String verificationNote,
                               Instant closedAt, List<StepView> steps, List<PartnerNoticeView> breachNotices) {
    }

    /** Where the notice of a breach to one partner stands: its deadline, its first sending, its stages. */
    public record PartnerNoticeView(String partner, String deadline, Instant firstSentAt, List<NoticeView> stages) {
    }

    /** One stage of a breach notice. */
    public record NoticeView(int stage, String nature, Instant periodFrom, Instant periodTo, long files, long letters,
                             long recipients, String peopleCategories, String recordCategories, String contactPoint,
                             String consequences, String measures, boolean finalStage, Instant writtenAt,
                             String writtenBy, Instant sentAt, String pdf) {
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
    BreachNotices notices;

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

    /** The next stage of the notice of the breach to one partner concerned, e-mailed with its PDF. */
    @POST
    @Path("/{reference}/breach-notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response notifyBreach(@PathParam("reference") String reference,
                                 @Valid @NotNull(message = BreachNoticeRequest.SHAPE) BreachNoticeRequest body) {
        AuditNotes.target(request, reference + "/" + body.partner());
        BreachNotice notice = notices.notify(reference, body.partner(), new BreachNoticeText(body.nature(),
                        body.peopleCategories(), body.recordCategories(), body.consequences(), body.measures(),
                        Boolean.TRUE.equals(body.finalStage())), RequestFields.instant(body.periodFrom(), "periodFrom"),
                RequestFields.instant(body.periodTo(), "periodTo"), staff.name());
        return Response.created(URI.create(pdfPath(reference, body.partner(), notice.stage())))
                .entity(view(register.byReference(reference))).build();
    }

    /** The PDF of one stage of the notice to a partner, as it was e-mailed. */
    @GET
    @Path("/{reference}/breach-notices/{partner}/{stage: [0-9]{1,4}}")
    @Produces("application/pdf")
    public Response noticePdf(@PathParam("reference") String reference, @PathParam("partner") String partner,
                              @PathParam("stage") int stage) {
        AuditNotes.target(request, reference + "/" + partner);
        return Response.ok(notices.pdf(reference, partner, stage)).header("Content-Disposition",
                "attachment; filename=\"notification-violation-" + reference + "-" + stage + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    /**
     * For the partner's own communication to the people concerned (annex clause 10.2): the letters it deposited in
     * the period of its notice's last stage, as CSV; every export is in the audit trail.
     */
    @GET
    @Path("/{reference}/breach-notices/{partner}/letters")
    @Produces("text/csv")
    public Response affectedLetters(@PathParam("reference") String reference, @PathParam("partner") String partner) {
        AuditNotes.target(request, reference + "/" + partner);
        return Response.ok(notices.affectedLetters(reference, partner), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"plis-concernes-" + reference + "-"
                        + partner.replaceAll("[^a-z0-9-]", "") + ".csv\"")
                .header("Cache-Control", "no-store").build();
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
                incident.steps().stream().map(StepView::of).toList(), partnerNotices(incident));
    }

    private List<PartnerNoticeView> partnerNotices(SecurityIncident incident) {
        if (!incident.personalDataBreach()) {
            return List.of();
        }
        Instant now = clock.instant();
        return incident.partnerIds().stream().map(id -> {
            String partner = register.clientIdOf(id);
            return new PartnerNoticeView(partner, incident.noticeDeadline(id, now).orElseThrow().name(),
                    incident.noticeSentAt(id).orElse(null), incident.noticesTo(id).stream()
                    .map(notice -> noticeView(incident, partner, notice)).toList());
        }).sorted(Comparator.comparing(PartnerNoticeView::partner)).toList();
    }

    private static NoticeView noticeView(SecurityIncident incident, String partner, BreachNotice notice) {
        BreachNoticeText text = notice.text();
        BreachScope scope = notice.scope();
        return new NoticeView(notice.stage(), text.nature(), scope.from(), scope.to(), scope.files(), scope.letters(),
                scope.recipients(), text.peopleCategories(), text.recordCategories(), notice.contactPoint(),
                text.consequences(), text.measures(), text.finalStage(), notice.writtenAt(), notice.writtenBy(),
                notice.sentAt(), pdfPath(incident.reference(), partner, notice.stage()));
    }

    private static String pdfPath(String reference, String partner, int stage) {
        return "/admin/security-incidents/" + reference + "/breach-notices/" + partner + "/" + stage;
    }
}
