package fr.imprimfip.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.partner.Partners;
import fr.imprimfip.retention.DestructionCertificate;
import fr.imprimfip.retention.RecordsPurgeService;
import fr.imprimfip.web.Attachments;

/**
 * What the retention purges destroyed of a partner's data: JSON, or the PDF certificate issued at the end of its
 * convention ({@code Accept: application/pdf}).
 */
@Path("/admin/partners/{clientId}/destruction-certificate")
@RequestScoped
public class DestructionCertificateResource {

    @Inject
    Partners partners;

    @Inject
    RecordsPurgeService records;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DestructionCertificate json(@PathParam("clientId") String clientId) {
        return records.certificate(partners.existing(clientId));
    }

    @GET
    @Produces("application/pdf;qs=0.5")
    public Response pdf(@PathParam("clientId") String clientId) {
        return Attachments.of(records.certificate(partners.existing(clientId)).pdf(), "application/pdf",
                "certificat-destruction-" + clientId + ".pdf").build();
    }
}
