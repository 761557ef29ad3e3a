package fr.imprimfip.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The finance officer or administrator behind the current request, named for the audit trail of their actions. */
@RequestScoped
public class StaffMember {

    @Inject
    JsonWebToken token;

    public String name() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : token.getSubject();
    }
}
