package fr.imprimfip.lre.proof;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Signs a PDF as PAdES baseline B: an incremental update adds an invisible signature whose dictionary names the
 * CAdES detached subfilter and carries the signing time (/M), and whose byte ranges cover the whole file but the
 * signature itself.
 */
final class PadesSigner {

    /** Room for the CMS signature: a chain of a few RSA 4096 certificates fits well within it. */
    private static final int SIGNATURE_BYTES = 16_384;

    private final SigningCredentials credentials;

    PadesSigner(SigningCredentials credentials) {
        this.credentials = credentials;
    }

    /** The PDF signed at {@code signedAt}, for {@code reason} (shown by PDF readers). */
    byte[] sign(byte[] pdf, Instant signedAt, String reason) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName());
            signature.setReason(reason);
            signature.setSignDate(GregorianCalendar.from(signedAt.atZone(ZoneOffset.UTC)));
            options.setPreferredSignatureSize(SIGNATURE_BYTES);
            document.addSignature(signature, new CadesSignedData(credentials), options);
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_BYTES + 4096);
            document.saveIncremental(signed);
            return signed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the proof cannot be signed", e);
        }
    }

    /** The common name of the signer's certificate, or its whole subject when it has none. */
    private String signerName() {
        X500Name subject = X500Name.getInstance(credentials.certificate().getSubjectX500Principal().getEncoded());
        return subject.getRDNs(BCStyle.CN).length == 0 ? subject.toString()
                : IETFUtils.valueToString(subject.getRDNs(BCStyle.CN)[0].getFirst().getValue());
    }
}
