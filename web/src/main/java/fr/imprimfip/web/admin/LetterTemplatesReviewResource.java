package fr.imprimfip.web.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.template.LetterTemplates;
import fr.imprimfip.template.TemplateStatus;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;
import fr.imprimfip.web.security.StaffMember;
import fr.imprimfip.web.v2.LetterTemplatesResource.TemplateView;

/**
 * The administrators' review of letter templates: the submitted ones to decide ({@code ?status=SUBMITTED}, the
 * default), validated ({@code {"decision": "VALIDATED", "comment": "..."}}) or refused with a comment.
 */
@Path("/admin/letter-templates")
@RequestScoped
public class LetterTemplatesReviewResource {

    @Inject
    LetterTemplates templates;

    @Inject
    StaffMember staff;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TemplateView> inStatus(@QueryParam("status") @DefaultValue("SUBMITTED") String status) {
        try {
            return templates.inStatus(TemplateStatus.valueOf(status)).stream().map(TemplateView::of).toList();
        } catch (IllegalArgumentException unknown) {
            throw new ApiException(ApiError.INVALID_REQUEST, "status vaut SUBMITTED, VALIDATED ou REFUSED.");
        }
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TemplateView decide(@PathParam("id") long id, JsonObject body) {
        String decision = body == null ? null : body.getString("decision", null);
        String comment = body == null ? null : body.getString("comment", null);
        if ("VALIDATED".equals(decision)) {
            return TemplateView.of(templates.validate(id, comment, staff.name()));
        }
        if ("REFUSED".equals(decision)) {
            return TemplateView.of(templates.refuse(id, comment, staff.name()));
        }
        throw new ApiException(ApiError.INVALID_REQUEST, "Le corps doit être {\"decision\": \"VALIDATED\" ou"
                + " \"REFUSED\", \"comment\": \"...\"}.");
    }
}
