package fr.imprimfip.lre.proof;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Throwaway signing keys made by the tests: never the demo PKI's, never anyone's. */
final class TestSigningKeys {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private TestSigningKeys() {
    }

    /** An EC P-256 key whose certificate a throwaway CA issued: the chain is the certificate, then the CA's. */
    static SigningCredentials ecWithCa() {
        KeyPair ca = ecKeyPair();
        KeyPair signer = ecKeyPair();
        X500Name caName = new X500Name("CN=Test CA,O=Imprim'FIP tests,C=FR");
        X509Certificate caCertificate = certificate(caName, ca.getPublic(), caName, ca.getPrivate(), true);
        X509Certificate certificate = certificate(new X500Name("CN=Test proofs signer,O=Imprim'FIP tests,C=FR"),
                signer.getPublic(), caName, ca.getPrivate(), false);
        return new SigningCredentials(signer.getPrivate(), List.of(certificate, caCertificate));
    }

    /** A self-signed RSA 2048 key. */
    static SigningCredentials selfSignedRsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=Test RSA signer,O=Imprim'FIP tests,C=FR");
            return new SigningCredentials(pair.getPrivate(),
                    List.of(certificate(name, pair.getPublic(), name, pair.getPrivate(), false)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(X500Name subject, PublicKey key, X500Name issuer,
                                               PrivateKey issuerKey, boolean ca) {
        Instant now = Instant.now();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(30))), subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign
                            : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            String algorithm = issuerKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
