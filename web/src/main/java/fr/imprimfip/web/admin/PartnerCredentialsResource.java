package fr.imprimfip.web.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fr.imprimfip.partner.CertificateIdentity;
import fr.imprimfip.partner.PartnerCredential;
import fr.imprimfip.partner.PartnerCredentials;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.shared.ServiceEnvironment;
import fr.imprimfip.web.admin.requests.CredentialRequest;
import fr.imprimfip.web.requests.RequestFields;

/**
 * A partner's technical identifiers: {@code POST {"environment": "SANDBOX", "certificate": "-----BEGIN CERTIFICATE-----..."}}
 * registers the OAuth client of its application in Keycloak (authenticated by that certificate, tokens bound to
 * it) and records it with the certificate's issuer, subject and thumbprint; given by its subject alone
 * ({@code "certificateSubject": "CN=...,O=...,C=FR"}), the first certificate of that subject the application
 * presents is kept as its certificate; the client id is the partner's identifier in production, followed by {@code -sandbox} in the
 * sandbox, unless {@code clientId} names another. Registering again updates the certificate.
 */
@Path("/admin/partners/{clientId}/credentials")
@RequestScoped
public class PartnerCredentialsResource {

    /** A credential as administrators read it. */
    public record CredentialView(String clientId, String environment, String certificateSubject,
                                 String certificateIssuer, String certificateThumbprint) {
        static CredentialView of(PartnerCredential credential) {
            return new CredentialView(credential.clientId(), credential.environment().name(),
                    credential.certificateSubject(),
                    credential.registeredCertificate().map(CertificateIdentity::issuer).orElse(null),
                    credential.registeredCertificate().map(CertificateIdentity::thumbprint).orElse(null));
        }
    }

    @Inject
    Partners partners;

    @Inject
    PartnerCredentials partnerCredentials;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CredentialView> list(@PathParam("clientId") String clientId) {
        return partnerCredentials.credentialsOf(partners.existing(clientId).id()).stream().map(CredentialView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CredentialView register(@PathParam("clientId") String clientId,
                                   @Valid @NotNull(message = CredentialRequest.SHAPE) CredentialRequest body) {
        ServiceEnvironment environment = RequestFields.enumValue(ServiceEnvironment.class, body.environment(),
                "environment");
        if (body.certificate() == null && body.certificateSubject() == null) {
            throw RequestFields.missing("certificateSubject");
        }
        return CredentialView.of(partnerCredentials.registerCredential(clientId, environment, body.clientId(),
                body.certificateSubject(), body.certificate()));
    }
}
