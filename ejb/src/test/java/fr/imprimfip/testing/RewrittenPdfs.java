package fr.imprimfip.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A file rewritten by PDFBox in ways other producers write PDF and PDF viewers read, but not every library: what
 * the analysis (PDFBox) accepts, production must print as it was read, or refuse.
 */
public final class RewrittenPdfs {

    private RewrittenPdfs() {
    }

    /**
     * Page {@code index} (from 0) written inside its parent's list of kids instead of as an object of its own: not
     * valid PDF, but PDF viewers show it, and some readers parsing the whole file lose it and the pages after it.
     */
    public static byte[] pageWrittenInItsParent(byte[] pdf, int index) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary page = document.getPage(index).getCOSObject();
            COSArray kids = page.getCOSDictionary(COSName.PARENT).getCOSArray(COSName.KIDS);
            for (int kid = 0; kid < kids.size(); kid++) {
                if (kids.getObject(kid) == page) {
                    page.setDirect(true);
                    kids.set(kid, page);
                }
            }
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every page's content split into two streams, each compressed with the run-length filter (the PDF standard's
     * simplest, which few producers use and not every library decodes).
     */
    public static byte[] contentInRunLengthParts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                byte[] content;
                try (InputStream in = page.getContents()) {
                    content = in.readAllBytes();
                }
                int cut = lineBreakNear(content, content.length / 2);
                COSArray parts = new COSArray();
                parts.add(runLengthStream(document, Arrays.copyOfRange(content, 0, cut)));
                parts.add(runLengthStream(document, Arrays.copyOfRange(content, cut, content.length)));
                page.getCOSObject().setItem(COSName.CONTENTS, parts);
            }
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place where a content stream can be cut: between two operations, at a line break. */
    private static int lineBreakNear(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == '\n') {
                return i + 1;
            }
        }
        return content.length;
    }

    private static COSBase runLengthStream(PDDocument document, byte[] data) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.RUN_LENGTH_DECODE);
        try (var out = stream.createRawOutputStream()) {
            out.write(runLength(data));
        }
        return stream;
    }

    /** Run-length encoding (ISO 32000-1, 7.4.5), written as literal runs of at most 128 bytes. */
    public static byte[] runLength(byte[] data) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(data.length + data.length / 128 + 2);
        for (int from = 0; from < data.length; from += 128) {
            int length = Math.min(128, data.length - from);
            encoded.write(length - 1);
            encoded.write(data, from, length);
        }
        encoded.write(128);
        return encoded.toByteArray();
    }

    private static byte[] saved(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }
}
