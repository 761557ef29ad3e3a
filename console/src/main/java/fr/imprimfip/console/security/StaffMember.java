package fr.imprimfip.console.security;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.wildfly.security.http.oidc.OidcPrincipal;

/** The signed-in finance officer or administrator: their Keycloak user name (the audit's name) and roles. */
@Named("staff")
@RequestScoped
public class StaffMember {

    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";

    @Inject
    HttpServletRequest request;

    public String name() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** The name shown in the header: first and last name from Keycloak, else the user name. */
    public String displayName() {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                && oidc.getOidcSecurityContext().getIDToken() != null) {
            String full = oidc.getOidcSecurityContext().getIDToken().getName();
            if (full != null && !full.isBlank()) {
                return full;
            }
        }
        return name();
    }

    /** How many seconds of inactivity end the console's session (what its timeout warning counts down). */
    public int getSessionSeconds() {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        return session == null ? 0 : session.getMaxInactiveInterval();
    }

    public boolean isAdmin() {
        return request.isUserInRole(ADMIN);
    }

    /** Finance pages are open to finance staff and to administrators, as the finance API is. */
    public boolean isFinance() {
        return request.isUserInRole(FINANCE) || isAdmin();
    }

    /** The ID token Keycloak issued at sign-in, which its end-session endpoint recognises. */
    String idToken() {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return oidc.getOidcSecurityContext().getIDTokenString();
        }
        return null;
    }
}
