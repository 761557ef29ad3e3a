package fr.imprimfip.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.imprimfip.access.PartnerAccess;
import fr.imprimfip.deposit.DepositOwner;
import fr.imprimfip.partner.CertificateIdentity;
import fr.imprimfip.partner.Habilitation;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * The partner behind the current request: the token's authorized party ({@code azp}, the OAuth client id) must
 * be a technical identifier registered for a partner allowed to use the service, called from an address the
 * partner declared; the identifier also tells the
 * environment (production or sandbox). Resolved once per request.
 */
@RequestScoped
public class CallingPartner {

    @Inject
    JsonWebToken token;

    @Inject
    PartnerAccess access;

    @Inject
    HttpServletRequest request;

    private PartnerAccess.Admission admission;

    private PartnerAccess.Admission admission() {
        if (admission == null) {
            Habilitation.Operation operation = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                    ? Habilitation.Operation.READ : Habilitation.Operation.DEPOSIT;
            CertificateIdentity certificate = ClientCertificate.of(request).map(CertificateIdentity::of).orElse(null);
            admission = access.admit(clientId(), certificate, request.getRemoteAddr(), operation);
        }
        return admission;
    }

    public Partner partner() {
        return admission().partner();
    }

    /** The environment of the credential used: production, or the sandbox. */
    public ServiceEnvironment environment() {
        return admission().environment();
    }

    public long id() {
        return partner().id();
    }

    /** Whose deposits the caller sees: its partner's, in the environment of its credential. */
    public DepositOwner owner() {
        return new DepositOwner(id(), environment());
    }

    /** The OAuth client id the token was issued to. */
    public String clientId() {
        String azp = token.getClaim("azp");
        return azp != null ? azp : token.getClaim("client_id");
    }
}
