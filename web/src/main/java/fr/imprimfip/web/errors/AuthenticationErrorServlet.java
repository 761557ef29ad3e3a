package fr.imprimfip.web.errors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.security.Door;

/**
 * Answers the refusals of the authentication layer (no token, a bad one, a missing role) in the format of the door
 * that was called, instead of the container's HTML page.
 */
@WebServlet(urlPatterns = {"/errors/authentication", "/errors/forbidden"})
public class AuthenticationErrorServlet extends HttpServlet {

    @Inject
    Clock clock;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object requestUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = requestUri == null ? request.getRequestURI() : requestUri.toString();
        path = path.substring(Math.min(path.length(), request.getContextPath().length()));
        ApiError error = error(request);
        AuditNotes.reason(request, error.title());
        Door door = Door.of(request);
        response.setStatus(error.status());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(ErrorRendering.contentType(door));
        response.getWriter().write(ErrorRendering.body(error, null, door, path, clock.instant(),
                ProblemLanguage.of(request.getHeader("Accept-Language"))));
    }

    private static ApiError error(HttpServletRequest request) {
        if (request.getRequestURI().endsWith("/forbidden")) {
            return ApiError.INSUFFICIENT_SCOPE;
        }
        String authorization = request.getHeader("Authorization");
        boolean bearerPresent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.length() > 7;
        return bearerPresent ? ApiError.INVALID_CREDENTIALS : ApiError.MISSING_CREDENTIALS;
    }
}
