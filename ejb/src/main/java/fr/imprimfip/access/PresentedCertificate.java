package fr.imprimfip.access;

import java.security.cert.X509Certificate;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import fr.imprimfip.partner.CertificateIdentity;

/** The certificate the caller of the current request presented in the TLS handshake, told by the web layer. */
@RequestScoped
public class PresentedCertificate {

    private CertificateIdentity identity;

    public void present(X509Certificate certificate) {
        this.identity = CertificateIdentity.of(certificate);
    }

    public Optional<CertificateIdentity> identity() {
        return Optional.ofNullable(identity);
    }
}
