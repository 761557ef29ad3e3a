package fr.imprimfip.audit;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every log line written while a request is served carries its correlation id: the caller's X-Correlation-ID when it
 * is a UUID, otherwise one given here and returned in the answer's X-Correlation-ID when the request had none, so
 * that the caller can quote it to the support. Each web module declares its own subclass as its filter: a web module
 * does not look for filters in the EJB module.
 */
public abstract class RequestCorrelationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String sent = request.getHeader(CorrelationHeader.NAME);
        String id;
        if (CorrelationHeader.wellFormed(sent)) {
            id = sent;
        } else {
            id = UUID.randomUUID().toString();
            if (sent == null) {
                response.setHeader(CorrelationHeader.NAME, id);
            }
        }
        correlated(request, id);
        LogCorrelation.begin(id);
        try {
            chain.doFilter(request, response);
        } finally {
            LogCorrelation.end();
        }
    }

    /** The request is served under {@code id}; nothing more to do unless a module keeps it for itself. */
    protected void correlated(HttpServletRequest request, String id) {
    }
}
