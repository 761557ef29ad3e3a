package fr.imprimfip.web.security;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ErrorRendering;
import fr.imprimfip.web.errors.ProblemLanguage;

/**
 * Mutual TLS on the partner and print-centre doors (RFC 8705): the caller must have presented a certificate
 * signed by a trusted CA (the handshake already refused any other), and its token must be bound to that very
 * certificate ({@code cnf.x5t#S256}), so that a stolen token is useless without the private key.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 60)
public class CertificateBinding implements ContainerRequestFilter {

    @Inject
    JsonWebToken token;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Door door = Door.of(servletRequest);
        if (!door.certificateRequired()) {
            return;
        }
        Optional<X509Certificate> certificate = ClientCertificate.of(servletRequest);
        if (certificate.isEmpty()) {
            refuse(request, door, ApiError.CERTIFICATE_REQUIRED, new RefusalText("Présentez le certificat client"
                    + " enregistré pour votre application lors de la connexion TLS.", "Present the client certificate"
                    + " registered for your application in the TLS handshake."));
            return;
        }
        String bound = boundThumbprint();
        if (bound == null || !bound.equals(ClientCertificate.thumbprint(certificate.get()))) {
            refuse(request, door, ApiError.TOKEN_NOT_BOUND, new RefusalText(
                    "Le jeton n'a pas été émis pour le certificat présenté.",
                    "The token was not issued for the certificate presented."));
        }
    }

    private String boundThumbprint() {
        Object cnf = token.getClaim("cnf");
        if (cnf instanceof JsonObject json && json.get("x5t#S256") instanceof JsonString thumbprint) {
            return thumbprint.getString();
        }
        if (cnf instanceof Map<?, ?> map && map.get("x5t#S256") != null) {
            return map.get("x5t#S256").toString();
        }
        return null;
    }

    private void refuse(ContainerRequestContext request, Door door, ApiError error, RefusalText detail) {
        AuditNotes.reason(servletRequest, detail.french());
        request.abortWith(ErrorRendering.response(error, detail, door,
                request.getUriInfo().getPath(), Instant.now(),
                ProblemLanguage.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }
}
