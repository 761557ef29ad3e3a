package fr.imprimfip.partner;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

import javax.security.auth.x500.X500Principal;

import fr.imprimfip.shared.InvalidInputException;

/**
 * What identifies the certificate of a partner's application: its issuer and subject (X.500 names, RFC 2253) and
 * its SHA-256 thumbprint (base64url, as RFC 8705's {@code x5t#S256}), which no other key can have even when a CA
 * issues another certificate with the same names.
 */
public record CertificateIdentity(String subject, String issuer, String thumbprint) {

    public static CertificateIdentity of(X509Certificate certificate) {
        try {
            return new CertificateIdentity(certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute the thumbprint of a certificate", e);
        }
    }

    /** The identity of the certificate in {@code pem} (PEM or base64 DER), refused as bad input when it is none. */
    public static CertificateIdentity ofPem(String pem) {
        try {
            String text = pem.contains("-----BEGIN") ? pem : "-----BEGIN CERTIFICATE-----\n" + pem.strip()
                    + "\n-----END CERTIFICATE-----\n";
            return of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))));
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new InvalidInputException("Le certificat n'est pas un certificat X.509 au format PEM.",
                    "The certificate is not a PEM-encoded X.509 certificate.");
        }
    }

    /** Whether {@code name} and {@code other} are the same X.500 name, compared as names and not as text. */
    static boolean sameName(String name, String other) {
        if (name == null || other == null) {
            return false;
        }
        try {
            return new X500Principal(name).equals(new X500Principal(other));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
