package fr.imprimfip.web.audit;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.imprimfip.audit.LogCorrelation;
import fr.imprimfip.web.v1.CorrelationIdFilter;

/**
 * Every log line written while a request is served carries its correlation id: the partner's X-Correlation-ID when
 * it is a UUID, otherwise one given here and returned in the answer's X-Correlation-ID when the request had none, so
 * that a partner can quote it to the support. (The v1 contract still refuses a v1 call without one.)
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestCorrelation extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String sent = request.getHeader(CorrelationIdFilter.HEADER);
        String id;
        if (CorrelationIdFilter.wellFormed(sent)) {
            id = sent;
        } else {
            id = UUID.randomUUID().toString();
            if (sent == null) {
                response.setHeader(CorrelationIdFilter.HEADER, id);
            }
        }
        request.setAttribute(AuditNotes.CORRELATION, id);
        try (LogCorrelation correlation = LogCorrelation.of(id)) {
            chain.doFilter(request, response);
        }
    }
}
