package fr.imprimfip.lre.proof;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS signature of a PAdES baseline B signature (ETSI EN 319 142-1): detached SignedData over the signed byte
 * ranges of the PDF, SHA-256, the signer's certificate chain embedded, and among the signed attributes the
 * signing-certificate-v2 that binds the signer's certificate to the signature. PAdES forbids the signing-time
 * attribute: the time is the signature dictionary's /M entry. The JDK's providers do the cryptography.
 */
final class CadesSignedData implements SignatureInterface {

    private final SigningCredentials credentials;

    CadesSignedData(SigningCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public byte[] sign(InputStream signedRanges) throws IOException {
        try {
            X509Certificate certificate = credentials.certificate();
            ContentSigner signer = new JcaContentSignerBuilder(credentials.signatureAlgorithm())
                    .build(credentials.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(padesAttributes(certificate))
                    .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(credentials.chain()));
            return generator.generate(new CMSProcessableByteArray(signedRanges.readAllBytes()), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("the proof cannot be signed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Content type, message digest and signing-certificate-v2; no signing time. */
    private static CMSAttributeTableGenerator padesAttributes(X509Certificate certificate)
            throws GeneralSecurityException {
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(signingCertificateV2(certificate)));
        CMSAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(
                new AttributeTable(signingCertificate));
        return parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    /** The ESS identifier of the certificate: its SHA-256 digest (the default algorithm), its issuer and serial. */
    static SigningCertificateV2 signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())),
                holder.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(digest, issuerSerial)});
    }
}
