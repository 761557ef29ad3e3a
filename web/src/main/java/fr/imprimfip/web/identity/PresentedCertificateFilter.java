package fr.imprimfip.web.identity;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.undertow.servlet.handlers.ServletRequestContext;

import fr.imprimfip.access.PresentedCertificate;
import fr.imprimfip.web.security.ClientCertificate;

/**
 * Tells the access rules which certificate the caller presented (read once per exchange), so that a partner's
 * application is recognised by its certificate's issuer, subject and thumbprint, not by its subject alone.
 */
@WebFilter(urlPatterns = {"/api/*", "/editique/*"})
public class PresentedCertificateFilter extends HttpFilter {

    @Inject
    PresentedCertificate presented;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ServletRequestContext exchange = ServletRequestContext.current();
        if (exchange != null) {
            ClientCertificate.of(exchange.getExchange()).ifPresent(presented::present);
        }
        chain.doFilter(request, response);
    }
}
