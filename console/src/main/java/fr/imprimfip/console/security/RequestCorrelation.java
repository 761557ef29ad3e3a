package fr.imprimfip.console.security;

import jakarta.servlet.annotation.WebFilter;

import fr.imprimfip.audit.RequestCorrelationFilter;

/** The console's requests under their correlation id ({@link RequestCorrelationFilter}). */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestCorrelation extends RequestCorrelationFilter {

    private static final long serialVersionUID = 1L;
}
