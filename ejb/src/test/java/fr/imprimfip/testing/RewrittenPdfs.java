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
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

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

    /**
     * Every page laid on a larger sheet as page-layout software exports letters for print: the media box grown by
     * {@code bleed} points on each side, the crop box the page as it was, crop marks drawn in the bleed at each
     * corner. Viewers show the page as it was; so must the print file.
     */
    public static byte[] withBleed(byte[] pdf, float bleed) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDRectangle letter = page.getMediaBox();
                PDRectangle sheet = new PDRectangle(letter.getLowerLeftX() - bleed, letter.getLowerLeftY() - bleed,
                        letter.getWidth() + 2 * bleed, letter.getHeight() + 2 * bleed);
                page.setMediaBox(sheet);
                page.setCropBox(letter);
                try (PDPageContentStream marks = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, false, true)) {
                    for (float x : new float[] {letter.getLowerLeftX(), letter.getUpperRightX()}) {
                        for (float y : new float[] {letter.getLowerLeftY(), letter.getUpperRightY()}) {
                            float outward = x == letter.getLowerLeftX() ? -bleed : 0;
                            float downward = y == letter.getLowerLeftY() ? -bleed : 0;
                            marks.addRect(x + outward, y - 0.25f, bleed, 0.5f);
                            marks.addRect(x - 0.25f, y + downward, 0.5f, bleed);
                        }
                    }
                    marks.fill();
                }
            }
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text field filled in with {@code value} on page {@code index} (from 0), low on the page, as a PDF viewer leaves
     * a filled form: the value is in the appearance of the field's widget annotation, flagged to print, not in the
     * page's content.
     */
    public static byte[] withFilledField(byte[] pdf, int index, String value) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            fillIn(formInHelvetica(document, 11), document.getPage(index), "champ", new PDRectangle(72, 150, 300, 20),
                    value);
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's form, whose fields are written in Helvetica of {@code size} points. */
    private static PDAcroForm formInHelvetica(PDDocument document, int size) {
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        PDResources fonts = new PDResources();
        fonts.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(fonts);
        form.setDefaultAppearance("/Helv " + size + " Tf 0 g");
        return form;
    }

    /** A text field of the page, flagged to print, filled in with {@code value} (PDFBox writes its appearance). */
    private static void fillIn(PDAcroForm form, PDPage page, String name, PDRectangle where, String value)
            throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        form.getFields().add(field);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(where);
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        field.setValue(value);
    }

    /**
     * The file with a layer (optional content) holding a line of text on its first page, on or off by default, whose
     * use for viewing and for printing says {@code ON} or {@code OFF} ({@code null}: says nothing).
     */
    public static byte[] withLayer(byte[] pdf, boolean on, String view, String print) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDOptionalContentProperties layers = new PDOptionalContentProperties();
            PDOptionalContentGroup layer = new PDOptionalContentGroup("Brouillon");
            COSDictionary usage = new COSDictionary();
            if (view != null) {
                COSDictionary viewing = new COSDictionary();
                viewing.setItem(COSName.getPDFName("ViewState"), COSName.getPDFName(view));
                usage.setItem(COSName.getPDFName("View"), viewing);
            }
            if (print != null) {
                COSDictionary printing = new COSDictionary();
                printing.setItem(COSName.getPDFName("PrintState"), COSName.getPDFName(print));
                usage.setItem(COSName.getPDFName("Print"), printing);
            }
            if (usage.size() > 0) {
                layer.getCOSObject().setItem(COSName.getPDFName("Usage"), usage);
            }
            layers.addGroup(layer);
            layers.setGroupEnabled(layer, on);
            document.getDocumentCatalog().setOCProperties(layers);
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, false, true)) {
                content.beginMarkedContent(COSName.OC, layer);
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(72, 60);
                content.showText("BROUILLON");
                content.endText();
                content.endMarkedContent();
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
