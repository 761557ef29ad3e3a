package fr.imprimfip.web.admin;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.endofservice.EndOfService;
import fr.imprimfip.endofservice.EndOfServiceChoice;
import fr.imprimfip.endofservice.EndOfServiceNotFoundException;
import fr.imprimfip.endofservice.EndOfServiceService;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.web.Attachments;
import fr.imprimfip.web.admin.requests.EndOfServiceRequest;
import fr.imprimfip.web.requests.RequestFields;
import fr.imprimfip.web.security.StaffMember;

/**
 * The end of a partner's service (annex clause 4.3): the administrator records the partner's written choice
 * ({@code POST}, once), follows it ({@code GET}), reads the destruction certificate kept ({@code /certificate}, PDF),
 * and retries a destruction that did not complete after the archive's download ({@code POST /destruction}).
 */
@Path("/admin/partners/{clientId}/end-of-service")
@RequestScoped
public class EndOfServiceResource {

    /** An end of service as administrators read it. */
    public record EndOfServiceView(String partner, String choice, String writtenReference, String recordedBy,
                                   Instant chosenAt, String status, Long archiveSizeBytes, String archiveSha256,
                                   String archiveStorageKey, Instant archiveReadyAt, Instant downloadedAt,
                                   Instant destroyedAt, String certificateSha256, String certificateStorageKey) {
        static EndOfServiceView of(String clientId, EndOfService end) {
            return new EndOfServiceView(clientId, end.choice().name(), end.writtenReference(), end.recordedBy(),
                    end.chosenAt(), end.status().name(), end.archive().map(StoredContent::sizeBytes).orElse(null),
                    end.archive().map(StoredContent::sha256).orElse(null),
                    end.archive().map(StoredContent::storageKey).orElse(null), end.archiveReadyAt().orElse(null),
                    end.downloadedAt().orElse(null), end.destroyedAt().orElse(null),
                    end.certificate().map(StoredContent::sha256).orElse(null),
                    end.certificate().map(StoredContent::storageKey).orElse(null));
        }
    }

    @Inject
    EndOfServiceService endOfService;

    @Inject
    Partners partners;

    @Inject
    StaffMember staff;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("clientId") String clientId, EndOfServiceRequest body) {
        EndOfServiceChoice choice = RequestFields.enumValue(EndOfServiceChoice.class,
                body == null ? null : body.choice(), "choice");
        EndOfService end = endOfService.record(clientId, choice, body.writtenReference(), staff.name());
        return Response.status(Response.Status.CREATED).entity(EndOfServiceView.of(clientId, end)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public EndOfServiceView read(@PathParam("clientId") String clientId) {
        return EndOfServiceView.of(clientId, endOfService.existing(clientId));
    }

    @POST
    @Path("/destruction")
    @Produces(MediaType.APPLICATION_JSON)
    public EndOfServiceView destroyIfDue(@PathParam("clientId") String clientId) {
        return EndOfServiceView.of(clientId, endOfService.destroyIfDue(partners.existing(clientId).id())
                .orElseGet(() -> endOfService.existing(clientId)));
    }

    @GET
    @Path("/certificate")
    @Produces("application/pdf")
    public Response certificate(@PathParam("clientId") String clientId) {
        byte[] pdf = endOfService.certificate(partners.existing(clientId).id()).orElseThrow(() ->
                new EndOfServiceNotFoundException("Aucun certificat de destruction de fin de service pour ce"
                        + " partenaire.", "No end-of-service destruction certificate for this partner."));
        return Attachments.of(pdf, "application/pdf", "certificat-destruction-" + clientId + ".pdf").build();
    }
}
