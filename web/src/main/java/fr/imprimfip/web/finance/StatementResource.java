package fr.imprimfip.web.finance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.billing.BillingService;
import fr.imprimfip.web.Attachments;
import fr.imprimfip.web.security.StaffMember;

/**
 * One statement: as JSON (default), as the partner's PDF ({@code Accept: application/pdf}) or as CSV for the accounts
 * ({@code Accept: text/csv}); {@code POST /issue} issues it, after which it never changes.
 */
@Path("/finance/statements/{id:\\d+}")
@RequestScoped
public class StatementResource {

    @Inject
    BillingService billing;

    @Inject
    StaffMember staff;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatementView json(@PathParam("id") long id) {
        return StatementView.of(billing.byId(id));
    }

    @GET
    @Produces("application/pdf;qs=0.5")
    public Response pdf(@PathParam("id") long id) {
        return download(billing.pdf(id), "application/pdf", id, "pdf");
    }

    @GET
    @Produces("text/csv;qs=0.5")
    public Response csv(@PathParam("id") long id) {
        return download(billing.csv(id), "text/csv; charset=UTF-8", id, "csv");
    }

    @POST
    @Path("/issue")
    @Produces(MediaType.APPLICATION_JSON)
    public StatementView issue(@PathParam("id") long id) {
        return StatementView.of(billing.issue(id, staff.name()));
    }

    private static Response download(byte[] content, String type, long id, String extension) {
        return Attachments.of(content, type, "releve-" + id + "." + extension).build();
    }
}
