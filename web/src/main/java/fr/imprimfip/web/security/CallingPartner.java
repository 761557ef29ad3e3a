package fr.imprimfip.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.imprimfip.access.PartnerAccess;
import fr.imprimfip.partner.Partner;

/**
 * The partner behind the current request: the token's authorized party ({@code azp}, the OAuth client id) must
 * be the technical identifier of a registered partner allowed to use the service. Resolved once per request.
 */
@RequestScoped
public class CallingPartner {

    @Inject
    JsonWebToken token;

    @Inject
    PartnerAccess access;

    private Partner partner;

    public Partner partner() {
        if (partner == null) {
            partner = access.admittedPartner(clientId());
        }
        return partner;
    }

    public long id() {
        return partner().id();
    }

    /** The OAuth client id the token was issued to. */
    public String clientId() {
        String azp = token.getClaim("azp");
        return azp != null ? azp : token.getClaim("client_id");
    }
}
