package fr.imprimfip.web.audit;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;

import fr.imprimfip.audit.RequestCorrelationFilter;

/**
 * The API's requests under their correlation id ({@link RequestCorrelationFilter}), which their audit event keeps too.
 * (The v1 contract still refuses a v1 call without one.)
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestCorrelation extends RequestCorrelationFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void correlated(HttpServletRequest request, String id) {
        request.setAttribute(AuditNotes.CORRELATION, id);
    }
}
