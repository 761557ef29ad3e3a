package fr.imprimfip.web.audit;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.imprimfip.audit.AuditRecord;
import fr.imprimfip.web.security.Door;

/**
 * Notes for the audit who called (the token's client id for partners and the print centre, the user name for
 * staff), which operation (resource and method) and its target (the reference in the path, or the one created).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 50)
public class AuditFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    Instance<JsonWebToken> token;

    @Context
    HttpServletRequest servletRequest;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        JsonWebToken jwt = token.get();
        if (jwt == null || jwt.getRawToken() == null) {
            return;
        }
        boolean staff = Door.of(servletRequest).actorKind() == AuditRecord.ActorKind.STAFF;
        Object actor = staff ? jwt.getClaim("preferred_username") : jwt.getClaim("azp");
        if (actor != null) {
            servletRequest.setAttribute(AuditNotes.ACTOR, actor.toString());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (resource != null && resource.getResourceMethod() != null) {
            servletRequest.setAttribute(AuditNotes.OPERATION, request.getMethod() + " "
                    + resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName());
        }
        String target = null;
        if (servletRequest.getAttribute(AuditNotes.TARGET) != null) {
            return;
        }
        if (response.getLocation() != null) {
            String location = response.getLocation().getPath();
            target = location.substring(location.lastIndexOf('/') + 1);
        } else {
            List<String> values = request.getUriInfo().getPathParameters().values().stream()
                    .flatMap(List::stream).toList();
            target = values.isEmpty() ? null : String.join("/", values);
        }
        if (target != null) {
            servletRequest.setAttribute(AuditNotes.TARGET, target);
        }
    }
}
