package fr.imprimfip.lre.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A signed PDF as a verifier reads it, independently of how it was signed: PDFBox finds its one signature and byte
 * ranges, Bouncy Castle checks the CMS signature against the bytes those ranges cover.
 */
final class SignedPdf {

    final byte[] bytes;
    final PDSignature signature;
    final int[] byteRange;
    final byte[] contents;
    final String text;

    SignedPdf(byte[] bytes) {
        this.bytes = bytes;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(1, signatures.size(), "signatures");
            signature = signatures.get(0);
            byteRange = signature.getByteRange();
            contents = signature.getContents(bytes);
            text = new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ranges cover the whole file but the signature's hexadecimal string, delimiters included. */
    void assertRangesCoverAllButTheSignature() {
        assertEquals(4, byteRange.length);
        assertEquals(0, byteRange[0]);
        assertEquals(bytes.length, byteRange[2] + byteRange[3], "the second range ends the file");
        assertEquals('<', bytes[byteRange[1]]);
        assertEquals('>', bytes[byteRange[2] - 1]);
        for (int i = byteRange[1] + 1; i < byteRange[2] - 1; i++) {
            assertTrue(Character.digit(bytes[i], 16) >= 0, "hexadecimal digit at " + i);
        }
    }

    CMSSignedData cms() {
        try {
            return new CMSSignedData(contents);
        } catch (CMSException e) {
            throw new IllegalStateException(e);
        }
    }

    SignerInformation signer() {
        assertEquals(1, cms().getSignerInfos().size(), "signers");
        return cms().getSignerInfos().getSigners().iterator().next();
    }

    /** Whether the signature verifies against the signed ranges of {@code file}, with the embedded certificate. */
    boolean verifies(byte[] file) {
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.write(file, byteRange[0], byteRange[1]);
        signed.write(file, byteRange[2], byteRange[3]);
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signed.toByteArray()), contents);
            SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) data.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException e) {
            return false;
        } catch (OperatorCreationException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    Instant signingTime() {
        return signature.getSignDate().toInstant();
    }
}
