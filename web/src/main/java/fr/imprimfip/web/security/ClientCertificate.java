package fr.imprimfip.web.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.ServletRequest;

/** The certificate the caller presented in the TLS handshake (already checked against the trusted CAs). */
final class ClientCertificate {

    private static final String ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private ClientCertificate() {
    }

    static Optional<X509Certificate> of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof X509Certificate[] chain && chain.length > 0
                ? Optional.of(chain[0]) : Optional.empty();
    }

    /** The RFC 8705 thumbprint: base64url (no padding) of the SHA-256 of the certificate's DER encoding. */
    static String thumbprint(X509Certificate certificate) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute the thumbprint of a certificate", e);
        }
    }
}
