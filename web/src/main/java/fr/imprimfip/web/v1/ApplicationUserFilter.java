package fr.imprimfip.web.v1;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import fr.imprimfip.access.ApplicationUserCheck;
import fr.imprimfip.web.security.CallingPartner;

/**
 * The v1 {@code username} / {@code password} headers must name an active application user of the calling partner.
 * Checked after the quota has counted the call, so that password guesses are limited by the quota too.
 */
@Provider
@ApplicationUserRequired
@Priority(Priorities.AUTHORIZATION + 150)
public class ApplicationUserFilter implements ContainerRequestFilter {

    static final String USERNAME = "username";
    static final String PASSWORD = "password";

    @Inject
    CallingPartner caller;

    @Inject
    ApplicationUserCheck check;

    @Override
    public void filter(ContainerRequestContext request) {
        check.authenticate(caller.id(), request.getHeaderString(USERNAME), request.getHeaderString(PASSWORD));
    }
}
