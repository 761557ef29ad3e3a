package fr.imprimfip.web.errors;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import fr.imprimfip.shared.DependencyUnavailableException;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.security.Door;

/**
 * Turns every exception that reaches JAX-RS into an answer in the door's format, by its kind of refusal
 * ({@link RefusalAnswer}). Unexpected failures are logged with their stack trace and answered with a generic
 * message: no internal detail ever reaches the caller.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Clock clock;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        RefusalAnswer answer = RefusalAnswer.of(failure);
        if (answer.error() == ApiError.INTERNAL) {
            LOG.log(Level.SEVERE, "Unexpected failure on " + uriInfo.getPath(), failure);
        } else if (failure instanceof DependencyUnavailableException unavailable) {
            LOG.warning(() -> "Unavailable dependency on " + uriInfo.getPath() + ": " + unavailable.getMessage());
        }
        AuditNotes.reason(servletRequest, answer.auditReason());
        return ErrorRendering.response(answer.error(), answer.detail(), Door.of(servletRequest), uriInfo.getPath(),
                clock.instant(), ProblemLanguage.of(servletRequest == null ? null
                        : servletRequest.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
