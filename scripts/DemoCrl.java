import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The demo CA's certificate revocation list (RFC 5280, v2, PEM), signed with the CA's key: only a JDK is needed,
 * keytool cannot write one. Demo and test material only.
 *
 * <p>Usage: {@code java DemoCrl.java CA.p12 CA_ALIAS PASSWORD DAYS OUT.crl [REVOKED.pem...]}
 */
public final class DemoCrl {

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** ecdsa-with-SHA256 (1.2.840.10045.4.3.2). */
    private static final byte[] ECDSA_SHA256 = {0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02};
    /** id-ce-cRLNumber (2.5.29.20). */
    private static final byte[] CRL_NUMBER = {0x55, 0x1d, 0x14};

    public static void main(String[] args) throws Exception {
        char[] password = args[2].toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            store.load(in, password);
        }
        X509Certificate ca = (X509Certificate) store.getCertificate(args[1]);
        PrivateKey key = (PrivateKey) store.getKey(args[1], password);
        Instant now = Instant.now();
        Instant next = now.plus(Duration.ofDays(Long.parseLong(args[3])));

        ByteArrayOutputStream revoked = new ByteArrayOutputStream();
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        for (int i = 5; i < args.length; i++) {
            try (InputStream in = Files.newInputStream(Path.of(args[i]))) {
                X509Certificate certificate = (X509Certificate) x509.generateCertificate(in);
                revoked.write(tlv(0x30, integer(certificate.getSerialNumber()), time(now)));
            }
        }
        byte[] algorithm = tlv(0x30, tlv(0x06, ECDSA_SHA256));
        byte[] extensions = tlv(0xa0, tlv(0x30, tlv(0x30, tlv(0x06, CRL_NUMBER),
                tlv(0x04, integer(BigInteger.valueOf(now.getEpochSecond()))))));
        byte[] tbs = tlv(0x30, integer(BigInteger.ONE), algorithm, ca.getSubjectX500Principal().getEncoded(),
                time(now), time(next), revoked.size() == 0 ? new byte[0] : tlv(0x30, revoked.toByteArray()),
                extensions);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key);
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bitString = new byte[signature.length + 1];
        System.arraycopy(signature, 0, bitString, 1, signature.length);
        byte[] crl = tlv(0x30, tbs, algorithm, tlv(0x03, bitString));

        X509CRL parsed = (X509CRL) x509.generateCRL(new java.io.ByteArrayInputStream(crl));
        parsed.verify(ca.getPublicKey());
        String pem = "-----BEGIN X509 CRL-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(crl) + "\n-----END X509 CRL-----\n";
        Files.writeString(Path.of(args[4]), pem, StandardCharsets.US_ASCII);
        System.out.println("CRL of " + ca.getSubjectX500Principal().getName() + " written to " + args[4] + ": "
                + (args.length - 5) + " revoked, next update " + next);
    }

    private static byte[] integer(BigInteger value) {
        return tlv(0x02, value.toByteArray());
    }

    private static byte[] time(Instant instant) {
        return tlv(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
    }

    /** A DER tag-length-value of the concatenated {@code parts}. */
    private static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.size();
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] bytes = BigInteger.valueOf(length).toByteArray();
            int skip = bytes[0] == 0 ? 1 : 0;
            out.write(0x80 | (bytes.length - skip));
            out.write(bytes, skip, bytes.length - skip);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
