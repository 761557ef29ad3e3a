package fr.imprimfip.recipient;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sets {@link PublicHeaders} on every answer, error pages included; nothing but the design system's assets is kept. */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class PublicHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String STATIC_ASSETS = "/dsfr/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PublicHeaders.ALL.forEach(response::setHeader);
        if (!request.getServletPath().startsWith(STATIC_ASSETS)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
