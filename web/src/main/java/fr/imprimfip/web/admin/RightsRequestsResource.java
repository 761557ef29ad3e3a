package fr.imprimfip.web.admin;

import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.partner.Partners;
import fr.imprimfip.rights.DataSubjectRights;
import fr.imprimfip.rights.PersonKey;
import fr.imprimfip.rights.PersonsRight;
import fr.imprimfip.rights.RightsRequest;
import fr.imprimfip.rights.RightsStep;
import fr.imprimfip.web.admin.requests.InstructionRequest;
import fr.imprimfip.web.admin.requests.PersonSearchRequest;
import fr.imprimfip.web.admin.requests.RightsRequestRequest;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.requests.RequestFields;
import fr.imprimfip.web.security.StaffMember;

/**
 * People's rights requests for administrators (annex clause 11.6): record a partner's written request, find the
 * person's letters (by name, address line or e-mail address, in the body), export what is held about the person,
 * restrict or erase on the controller's instruction, and index the letters recorded before the person index. Each
 * call is audited under the request's reference; no answer carrying personal data is cached.
 */
@Path("/admin/rights-requests")
@RequestScoped
public class RightsRequestsResource {

    private static final String NO_STORE = "no-store";

    /** A request as administrators read it: the letters by their technical reference, never the person's data. */
    public record RightsRequestView(String reference, String partner, String partnerReference, String right,
                                    Instant receivedAt, String receivedBy, List<DataSubjectRights.LetterState> letters,
                                    List<StepView> steps) {
    }

    /** One step of the request. */
    public record StepView(Instant at, String action, int letters, String note, String by) {
        static StepView of(RightsStep step) {
            return new StepView(step.at(), step.action().name(), step.letters(), step.note(), step.recordedBy());
        }
    }

    /** What a backfill did. */
    public record BackfillView(int indexed, boolean more) {
    }

    @Inject
    DataSubjectRights rights;

    @Inject
    Partners partners;

    @Inject
    StaffMember staff;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response open(@Valid @NotNull(message = RightsRequestRequest.SHAPE) RightsRequestRequest body) {
        PersonsRight right = RequestFields.enumValue(PersonsRight.class, body.right(), "right");
        RightsRequest opened = rights.open(body.partner(), body.partnerReference(), right, staff.name());
        AuditNotes.target(request, opened.reference());
        return Response.created(URI.create("/admin/rights-requests/" + opened.reference())).entity(view(opened))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RightsRequestView> recent() {
        return rights.recent(200).stream().map(this::view).toList();
    }

    @GET
    @Path("/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public RightsRequestView one(@PathParam("reference") String reference) {
        return view(rights.byReference(reference));
    }

    @POST
    @Path("/{reference}/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RightsRequestView search(@PathParam("reference") String reference,
                                    @NotNull(message = PersonSearchRequest.SHAPE) PersonSearchRequest body) {
        AuditNotes.target(request, reference);
        Map<PersonKey, String> keys = new EnumMap<>(PersonKey.class);
        putPresent(keys, PersonKey.NAME, body.name());
        putPresent(keys, PersonKey.ADDRESS_LINE, body.addressLine());
        putPresent(keys, PersonKey.EMAIL, body.email());
        return view(rights.search(reference, keys, staff.name()));
    }

    /** What the platform holds about the person, as JSON to hand to the partner (recorded as a step). */
    @POST
    @Path("/{reference}/export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("reference") String reference) {
        AuditNotes.target(request, reference);
        JsonObject export = rights.export(reference, staff.name());
        return Response.ok(export.toString(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", NO_STORE)
                .header("Content-Disposition", "attachment; filename=\"" + reference + ".json\"").build();
    }

    @POST
    @Path("/{reference}/restriction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RightsRequestView restrict(@PathParam("reference") String reference, InstructionRequest body) {
        AuditNotes.target(request, reference);
        return view(rights.restrict(reference, body == null ? null : body.instruction(), staff.name()));
    }

    @POST
    @Path("/{reference}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RightsRequestView erase(@PathParam("reference") String reference, InstructionRequest body) {
        AuditNotes.target(request, reference);
        return view(rights.erase(reference, body == null ? null : body.instruction(), staff.name()));
    }

    /** Indexes the letters recorded before the person index existed; call again while {@code more} is true. */
    @POST
    @Path("/index-backfill")
    @Produces(MediaType.APPLICATION_JSON)
    public BackfillView backfill() {
        DataSubjectRights.Backfill done = rights.backfill();
        return new BackfillView(done.indexed(), done.more());
    }

    private static void putPresent(Map<PersonKey, String> keys, PersonKey key, String value) {
        if (value != null) {
            keys.put(key, value);
        }
    }

    private RightsRequestView view(RightsRequest request) {
        return new RightsRequestView(request.reference(), partners.byId(request.partnerId()).clientId(),
                request.partnerReference(), request.right().name(), request.receivedAt(), request.receivedBy(),
                rights.letterStates(request),
                request.steps().stream().map(StepView::of).toList());
    }
}
