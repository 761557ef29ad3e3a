package fr.imprimfip.web.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;

import javax.net.ssl.SSLPeerUnverifiedException;

import jakarta.servlet.ServletRequest;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RenegotiationRequiredException;
import io.undertow.server.SSLSessionInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;

/**
 * The certificate the caller presented in the TLS handshake (already checked against the trusted CAs), read once
 * per exchange: each read of the TLS session takes the connection's engine lock, which the connection's I/O thread
 * holds while it encrypts, so that with HTTP/2 every stream of a connection would wait on it several times.
 */
public final class ClientCertificate {

    private static final String ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
    private static final AttachmentKey<Presented> PRESENTED = AttachmentKey.create(Presented.class);

    private record Presented(Optional<X509Certificate> certificate) {
    }

    private ClientCertificate() {
    }

    /** The certificate presented on the exchange's connection, if any. */
    public static Optional<X509Certificate> of(HttpServerExchange exchange) {
        Presented presented = exchange.getAttachment(PRESENTED);
        if (presented == null) {
            presented = new Presented(read(exchange.getConnection().getSslSessionInfo()));
            exchange.putAttachment(PRESENTED, presented);
        }
        return presented.certificate();
    }

    static Optional<X509Certificate> of(ServletRequest request) {
        ServletRequestContext current = ServletRequestContext.current();
        if (current != null) {
            return of(current.getExchange());
        }
        return request.getAttribute(ATTRIBUTE) instanceof X509Certificate[] chain && chain.length > 0
                ? Optional.of(chain[0]) : Optional.empty();
    }

    private static Optional<X509Certificate> read(SSLSessionInfo tls) {
        if (tls == null) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = tls.getPeerCertificates();
            return chain != null && chain.length > 0 && chain[0] instanceof X509Certificate first
                    ? Optional.of(first) : Optional.empty();
        } catch (SSLPeerUnverifiedException | RenegotiationRequiredException none) {
            return Optional.empty();
        }
    }

    /** The RFC 8705 thumbprint: base64url (no padding) of the SHA-256 of the certificate's DER encoding. */
    static String thumbprint(X509Certificate certificate) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(certificate));
    }

    /** The SHA-256 of the certificate's DER encoding. */
    public static byte[] sha256(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute the thumbprint of a certificate", e);
        }
    }
}
