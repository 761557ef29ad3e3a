package fr.imprimfip.web;

import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import fr.imprimfip.deposit.ContentKeyUnavailableException;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ErrorRendering;

/**
 * A node without the platform's content key answers 503 to whatever needs a stored file (a deposit, a print
 * file): the caller may retry on another node or later. Why is in the node's log, not in the answer.
 */
@Provider
public class ContentKeyUnavailableMapper implements ExceptionMapper<ContentKeyUnavailableException> {

    static final String DETAIL = "Les fichiers stockés sont momentanément indisponibles sur ce serveur ; réessayez plus tard.";

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Clock clock;

    @Override
    public Response toResponse(ContentKeyUnavailableException unavailable) {
        AuditNotes.reason(servletRequest, DETAIL);
        String path = uriInfo.getPath();
        if (ErrorRendering.isV1(path)) {
            // the v1 contract has one code for a service that cannot answer for now
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ErrorRendering.v1Body(ApiError.MAINTENANCE, DETAIL, clock.instant())).build();
        }
        String problem = Json.createObjectBuilder()
                .add("type", "urn:imprimfip:problem:content-unavailable")
                .add("title", "Fichiers stockés indisponibles")
                .add("status", 503)
                .add("detail", DETAIL)
                .add("instance", "/" + (path.startsWith("/") ? path.substring(1) : path))
                .build().toString();
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(ErrorRendering.PROBLEM_JSON.withCharset("UTF-8")).entity(problem).build();
    }
}
