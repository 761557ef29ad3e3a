package fr.imprimfip.web.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import fr.imprimfip.web.admin.requests.TemplateDecisionRequest;
import fr.imprimfip.web.requests.RequestFields;
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
        return templates.inStatus(RequestFields.enumValue(TemplateStatus.class, status, "status")).stream()
                .map(TemplateView::of).toList();
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TemplateView decide(@PathParam("id") long id, TemplateDecisionRequest body) {
        TemplateStatus decision = RequestFields.enumValue(body == null ? null : body.decision(), "decision",
                TemplateDecisionRequest.DECISIONS);
        String comment = body == null ? null : body.comment();
        return TemplateView.of(decision == TemplateStatus.VALIDATED ? templates.validate(id, comment, staff.name())
                : templates.refuse(id, comment, staff.name()));
    }
}
