package fr.imprimfip.web.v2;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.template.LetterTemplate;
import fr.imprimfip.template.LetterTemplates;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.security.CallingPartner;

/**
 * A partner's letter templates: a sample letter sent as the raw PDF body ({@code ?name=}) is checked against the
 * print charter at once, the answer saying what it found; the administrators then validate or refuse it.
 */
@Path("/api/v2/letter-templates")
@RequestScoped
public class LetterTemplatesResource {

    /** A template as its partner and the administrators read it. */
    public record TemplateView(long id, String name, String status, int pages, int charterErrors,
                               int charterWarnings, String charterFindings, Instant submittedAt, Instant decidedAt,
                               String decisionComment) {
        public static TemplateView of(LetterTemplate template) {
            return new TemplateView(template.id(), template.name(), template.status().name(), template.pages(),
                    template.charterErrors(), template.charterWarnings(), template.charterFindings(),
                    template.submittedAt(), template.decidedAt(), template.decisionComment());
        }
    }

    @Inject
    CallingPartner caller;

    @Inject
    LetterTemplates templates;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes("application/pdf")
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(InputStream body, @QueryParam("name") String name) throws IOException {
        LetterTemplate template = templates.submit(caller.id(), name, body);
        AuditNotes.target(request, "template-" + template.id());
        return Response.created(URI.create("/api/v2/letter-templates/" + template.id()))
                .entity(TemplateView.of(template)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TemplateView> mine() {
        return templates.of(caller.id()).stream().map(TemplateView::of).toList();
    }
}
