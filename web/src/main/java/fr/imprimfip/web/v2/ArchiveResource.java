package fr.imprimfip.web.v2;

import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import fr.imprimfip.endofservice.EndOfServiceService;
import fr.imprimfip.web.Attachments;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;
import fr.imprimfip.web.security.CallingPartner;

/**
 * The archive of the calling partner's data at the end of its service, when it chose the return (annex clause 4.3):
 * a ZIP streamed from the content store, downloaded once (then 410), after which every copy of the partner's data is
 * destroyed and the destruction certificate e-mailed to it.
 */
@Path("/api/v2/archive")
@RequestScoped
public class ArchiveResource {

    private static final Logger LOG = Logger.getLogger(ArchiveResource.class.getName());

    @Inject
    CallingPartner caller;

    @Inject
    EndOfServiceService endOfService;

    @Context
    HttpServletRequest request;

    @GET
    @Produces("application/zip")
    public Response download() {
        long partnerId = caller.id();
        EndOfServiceService.Archive archive = endOfService.takeArchive(partnerId).orElseThrow(() ->
                new ApiException(ApiError.ARCHIVE_GONE, "L'archive de vos données a été téléchargée une fois ;"
                        + " elle a été détruite avec toutes les copies de vos données.", "The archive of your data"
                        + " was downloaded once; it was destroyed with every copy of your data."));
        AuditNotes.target(request, "archive/" + archive.content().sha256());
        StreamingOutput body = out -> {
            try (InputStream in = endOfService.open(archive)) {
                in.transferTo(out);
            }
            out.flush();
            try {
                endOfService.destroyIfDue(partnerId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The destruction after the archive's download failed; an administrator"
                        + " retries it (POST /admin/partners/{id}/end-of-service/destruction)", e);
            }
        };
        return Attachments.of(body, "application/zip", archive.fileName())
                .header("Content-Length", archive.content().sizeBytes())
                .header("Cache-Control", "no-store")
                .build();
    }
}
