package fr.imprimfip.lre.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The key the platform signs its proofs with, and the certificate chain that goes into every signature: the
 * signer's certificate first, then its issuers. The key must be the certificate's, and either EC or RSA.
 */
public record SigningCredentials(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningCredentials {
        if (privateKey == null || chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its key and its certificate chain");
        }
        chain = List.copyOf(chain);
        String algorithm = signatureAlgorithm(privateKey);
        try {
            byte[] probe = "imprimfip".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(probe);
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(chain.get(0).getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(signer.sign())) {
                throw new IllegalArgumentException("the signing key is not the key of its certificate "
                        + chain.get(0).getSubjectX500Principal().getName());
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the signing key cannot sign (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    /** The signer's own certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The JCA name of the signature algorithm: SHA-256 with the key's algorithm. */
    String signatureAlgorithm() {
        return signatureAlgorithm(privateKey);
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("signing keys are EC or RSA, not " + key.getAlgorithm());
        };
    }
}
