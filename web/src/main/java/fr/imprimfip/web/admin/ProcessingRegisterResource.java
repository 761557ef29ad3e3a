package fr.imprimfip.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.partner.ProcessingRegister;
import fr.imprimfip.partner.ProcessingRegisterPdf;
import fr.imprimfip.web.Attachments;

/**
 * The register of processing activities (annex clause 7), generated from the data: JSON by default, PDF with
 * {@code Accept: application/pdf}.
 */
@Path("/admin/processing-register")
@RequestScoped
public class ProcessingRegisterResource {

    @Inject
    ProcessingRegister register;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ProcessingRegister.Register json() {
        return register.generate();
    }

    @GET
    @Produces("application/pdf;qs=0.5")
    public Response pdf() {
        return Attachments.of(ProcessingRegisterPdf.render(register.generate()), "application/pdf",
                "registre-des-traitements.pdf").build();
    }
}
